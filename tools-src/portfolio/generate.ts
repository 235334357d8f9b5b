// Generates a reproducible portfolio and plays days of collection activity against a running
// gateway and core.payments.v1. Run: npm run portfolio -- --debtors 200 --days 10 --rate 20
import { parseArgs } from 'node:util';
import { addDays, bogotaDateOf } from '@bitacora/domain';
import { DEFAULT_RATES } from './assumptions';
import { planActivity } from './activity';
import { playActions } from './play';
import { generatePortfolio } from './portfolio';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      debtors: { type: 'string', default: '100' },
      days: { type: 'string', default: '5' },
      agents: { type: 'string', default: '5' },
      rate: { type: 'string', default: '10' },
      seed: { type: 'string', default: '2026' },
      gateway: { type: 'string', default: process.env.BITACORA_GATEWAY_URL ?? 'http://127.0.0.1:3000' },
      'api-key': { type: 'string', default: process.env.BITACORA_API_KEY ?? 'bk_local_admin_0000000000000000000000000000' },
      brokers: { type: 'string', default: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const debtorCount = Number(values.debtors);
  const days = Number(values.days);
  const seed = Number(values.seed);
  const portfolio = generatePortfolio(debtorCount, seed);
  const actions = planActivity({ debtors: portfolio, lastDay: addDays(bogotaDateOf(new Date()), -1), days, agents: Number(values.agents), seed, rates: DEFAULT_RATES });
  const accounts = portfolio.reduce((sum, debtor) => sum + debtor.accounts.length, 0);
  console.log(`Cartera generada: ${portfolio.length} deudores, ${accounts} obligaciones, ${actions.length} acciones en ${days} días (semilla ${seed}) / ` +
    `Portfolio generated: ${portfolio.length} debtors, ${accounts} accounts, ${actions.length} actions over ${days} days (seed ${seed})`);
  if (values['dry-run']) {
    return;
  }

  const summary = await playActions(actions, {
    gatewayUrl: values.gateway,
    apiKey: values['api-key'],
    brokers: values.brokers.split(','),
    ratePerSecond: Number(values.rate),
    onProgress: (done, total) => console.log(`Avance: ${done}/${total} acciones / Progress: ${done}/${total} actions`),
  });
  console.log('Resumen / Summary:');
  for (const [name, count] of Object.entries(summary)) {
    console.log(`  ${name}: ${count}`);
  }
}

main().catch((error: Error) => {
  console.error(`Error: ${error.message}`);
  process.exitCode = 1;
});
