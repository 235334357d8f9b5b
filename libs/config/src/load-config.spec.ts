import { commonSchema, ConfigError, loadConfig, LOCAL_DEFAULTS, productionSecretProblems, withTopicSuffix } from './index';

const valid = {
  DATABASE_URL: 'postgres://svc:secret@127.0.0.1:5432/bitacora',
  KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9093',
};

describe('loadConfig', () => {
  it('parses a valid environment with defaults', () => {
    const config = loadConfig(commonSchema, valid);

    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', '127.0.0.1:9093']);
    expect(config.NODE_ENV).toBe('development');
    expect(config.DATABASE_POOL_SIZE).toBe(10);
  });

  it('names a missing variable and its expected form', () => {
    const attempt = () => loadConfig(commonSchema, { KAFKA_BROKERS: valid.KAFKA_BROKERS });

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/DATABASE_URL is missing\. Expected: postgres:\/\/ROLE:PASSWORD/);
  });

  it('names every malformed variable at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig(commonSchema, { DATABASE_URL: 'mysql://x', KAFKA_BROKERS: 'no-port', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught as ConfigError;
    }

    expect(error?.problems).toHaveLength(3);
    expect(error?.message).toContain('DATABASE_URL is invalid');
    expect(error?.message).toContain('KAFKA_BROKERS is invalid');
    expect(error?.message).toContain('LOG_LEVEL is invalid');
  });
});

describe('productionSecretProblems', () => {
  it('refuses local defaults in production', () => {
    const problems = productionSecretProblems({ NODE_ENV: 'production' }, { BOOTSTRAP_API_KEY: LOCAL_DEFAULTS.apiKey });

    expect(problems).toEqual([expect.stringContaining('BOOTSTRAP_API_KEY')]);
  });

  it('accepts local defaults outside production', () => {
    expect(productionSecretProblems({ NODE_ENV: 'development' }, { BOOTSTRAP_API_KEY: LOCAL_DEFAULTS.apiKey })).toEqual([]);
  });
});

describe('withTopicSuffix', () => {
  it('appends the suffix to every topic', () => {
    expect(withTopicSuffix({ a: 'core.payments.v1', b: 'collections.audit.v1' }, '.e2e-1a')).toEqual({ a: 'core.payments.v1.e2e-1a', b: 'collections.audit.v1.e2e-1a' });
  });

  it('leaves topics alone without a suffix', () => {
    const topics = { a: 'core.payments.v1' };

    expect(withTopicSuffix(topics, undefined)).toBe(topics);
  });
});
