import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per service, with the Node.js process metrics and the shared platform metrics. */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly outboxPublished: Counter;
  readonly eventsConsumed: Counter<'topic'>;
  readonly deadLettered: Counter<'topic' | 'reason'>;
  readonly circuitState: Gauge<'target'>;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'bitacora_http_request_duration_seconds',
      help: 'HTTP request duration in seconds',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    this.outboxPublished = new Counter({ name: 'bitacora_outbox_published_total', help: 'Outbox rows published to Kafka', registers: [this.registry] });
    this.eventsConsumed = new Counter({ name: 'bitacora_events_consumed_total', help: 'Events applied by consumers', labelNames: ['topic'], registers: [this.registry] });
    this.deadLettered = new Counter({ name: 'bitacora_dead_lettered_total', help: 'Messages sent to a dead-letter topic', labelNames: ['topic', 'reason'], registers: [this.registry] });
    this.circuitState = new Gauge({ name: 'bitacora_circuit_open', help: 'Circuit breaker state per target: 0 closed, 0.5 half-open, 1 open', labelNames: ['target'], registers: [this.registry] });
  }
}
