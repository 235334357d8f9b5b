import { EVENT_CATALOG } from './catalog';
import { cloudEventEnvelopeSchema } from './cloudevent';
import { ALL_TOPICS, deadLetterTopicOf } from './topics';

const channelKey = (topic: string) => topic.replace(/[^A-Za-z0-9]/g, '_');
const messageKey = (type: string) => type.replace(/[^A-Za-z0-9]/g, '_');

/**
 * Builds the AsyncAPI 3.0 document of every topic from the event catalog, so the published
 * contract cannot drift from what consumers validate. `docs/asyncapi.json` is this output.
 */
export function buildAsyncApiDocument(): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const { data: _data, ...envelopeProperties } = cloudEventEnvelopeSchema.properties;

  for (const definition of EVENT_CATALOG) {
    messages[messageKey(definition.type)] = {
      name: definition.type,
      title: definition.type,
      summary: definition.summary,
      contentType: 'application/cloudevents+json',
      headers: {
        type: 'object',
        properties: { 'content-type': { const: 'application/cloudevents+json; charset=UTF-8' } },
      },
      bindings: {
        kafka: { key: { type: 'string', description: 'account id where there is one, else debtor id' }, bindingVersion: '0.5.0' },
      },
      payload: {
        type: 'object',
        required: [...cloudEventEnvelopeSchema.required],
        properties: { ...envelopeProperties, type: { const: definition.type }, data: definition.dataSchema },
      },
      examples: [{ name: 'example', payload: { specversion: '1.0', type: definition.type, data: definition.example } }],
    };
  }

  for (const topic of ALL_TOPICS) {
    const topicMessages = EVENT_CATALOG.filter((definition) => definition.topic === topic);
    channels[channelKey(topic)] = {
      address: topic,
      messages: Object.fromEntries(topicMessages.map((definition) => [messageKey(definition.type), { $ref: `#/components/messages/${messageKey(definition.type)}` }])),
    };
    operations[`consume_${channelKey(topic)}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${channelKey(topic)}` },
      summary: `Read ${topic}. Messages that fail validation go to ${deadLetterTopicOf(topic)} with the reason in the dlq-reason header.`,
    };
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Bitácora events',
      version: '1.0.0',
      description:
        'Eventos de la plataforma de cobranza Bitácora (CloudEvents 1.0, modo estructurado sobre Kafka). ' +
        'Events of the Bitácora collections platform (CloudEvents 1.0, structured mode over Kafka).',
    },
    defaultContentType: 'application/cloudevents+json',
    servers: { local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'Broker local / local broker' } },
    channels,
    operations,
    components: { messages },
  };
}
