import { Injectable, PipeTransform } from '@nestjs/common';
import { RequestValidationError } from '@bitacora/http';

const BANK_ID = /^[A-Za-z0-9._:/-]{1,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rejects a path parameter that is not a bank id, naming the parameter. */
@Injectable()
export class BankIdPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (!BANK_ID.test(value)) {
      throw new RequestValidationError([{ field: this.name, code: 'field.bank_id' }]);
    }

    return value;
  }
}

/** Rejects a path parameter that is not a UUID, naming the parameter. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (!UUID.test(value)) {
      throw new RequestValidationError([{ field: this.name, code: 'field.uuid' }]);
    }

    return value.toLowerCase();
  }
}
