import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { IsInstant } from './validators';

class Stamped {
  @IsInstant()
  at!: string;
}

describe('IsInstant', () => {
  it.each(['2026-02-30T10:00:00-05:00', '2026-03-10T24:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59-14:00', '2026-03-10T10:00:00+25:00'])('rejects %s', async (at) => {
    expect(await validate(plainToInstance(Stamped, { at }))).toHaveLength(1);
  });

  it.each(['2026-03-10T10:30:00-05:00', '2024-02-29T23:59:59.999Z', '2026-03-10T10:30:00+14:00'])('accepts %s', async (at) => {
    expect(await validate(plainToInstance(Stamped, { at }))).toEqual([]);
  });
});
