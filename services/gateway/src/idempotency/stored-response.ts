/** A response the gateway sends, kept whole so a retry with the same Idempotency-Key gets it again. */
export interface GatewayResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}
