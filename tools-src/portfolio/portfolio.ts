import { nitCheckDigit, type DocumentType } from '@bitacora/domain';
import { DELINQUENCY_BUCKETS, DOCUMENT_TYPE_WEIGHTS, type DelinquencyBucket } from './assumptions';
import { SeededRandom } from './random';

export interface GeneratedAccount {
  accountId: string;
  /** Outstanding balance in COP centavos. */
  balanceMinor: bigint;
  daysPastDue: number;
  bucket: DelinquencyBucket;
}

export interface GeneratedDebtor {
  /** `<type>-<number>`, the form the platform's ids take. */
  debtorId: string;
  documentType: DocumentType;
  documentNumber: string;
  accounts: GeneratedAccount[];
}

/** Returns a document number of `type`: a NIT carries its DIAN check digit after a hyphen. */
export function documentNumberOf(type: DocumentType, random: SeededRandom): string {
  switch (type) {
    case 'NIT': {
      const base = String(random.integer(800_000_000, 999_999_999));
      return `${base}-${nitCheckDigit(base)}`;
    }
    case 'CC':
      return String(random.integer(10_000_000, 1_299_999_999));
    case 'TI':
      return String(random.integer(1_000_000_000, 1_199_999_999));
    case 'CE':
      return String(random.integer(100_000, 9_999_999));
    case 'PPT':
      return String(random.integer(1_000_000, 9_999_999));
    case 'PA':
      return `${String.fromCharCode(65 + random.integer(0, 25))}${String.fromCharCode(65 + random.integer(0, 25))}${random.integer(100_000, 999_999)}`;
  }
}

/**
 * Returns a balance in COP centavos: log-normal around 3.5 million pesos, so most balances sit
 * between a few hundred thousand and a few tens of millions, rounded to whole pesos. Older
 * delinquency carries a larger balance on average (interest and fees). Estimate.
 */
export function balanceOf(bucket: DelinquencyBucket, random: SeededRandom): bigint {
  const bucketFactor = { '1-30': 0.8, '31-60': 1, '61-90': 1.15, '91-180': 1.3, '180+': 1.5 }[bucket];
  const pesos = Math.round(random.logNormal(Math.log(3_500_000), 0.9) * bucketFactor);
  const bounded = Math.min(Math.max(pesos, 150_000), 500_000_000);
  return BigInt(bounded) * 100n;
}

/** Generates `count` debtors with one to three accounts each, the same for the same seed. */
export function generatePortfolio(count: number, seed: number): GeneratedDebtor[] {
  const random = new SeededRandom(seed);
  const debtors: GeneratedDebtor[] = [];
  const used = new Set<string>();
  while (debtors.length < count) {
    const documentType = random.weighted(DOCUMENT_TYPE_WEIGHTS);
    const documentNumber = documentNumberOf(documentType, random);
    const debtorId = `${documentType}-${documentNumber}`;
    if (used.has(debtorId)) {
      continue;
    }
    used.add(debtorId);

    const accountCount = random.weighted({ 1: 70, 2: 22, 3: 8 });
    const accounts = Array.from({ length: Number(accountCount) }, (_, index) => {
      const bucket = random.weighted(Object.fromEntries(Object.entries(DELINQUENCY_BUCKETS).map(([name, range]) => [name, range.weight])) as Record<DelinquencyBucket, number>);
      const range = DELINQUENCY_BUCKETS[bucket];
      return {
        accountId: `CRED-${seed}-${debtors.length + 1}-${index + 1}`,
        balanceMinor: balanceOf(bucket, random),
        daysPastDue: random.integer(range.minDays, range.maxDays),
        bucket,
      };
    });
    debtors.push({ debtorId, documentType, documentNumber, accounts });
  }
  return debtors;
}
