export type {
  BankTransfer,
  IncomingHeaders,
  LocalizedText,
  PaymentEvent,
  PaymentProvider,
  PayoutDestination,
  PayoutInput,
  ProviderKind,
  ProviderReceipt,
  RefundInput,
  RefundReason,
  StartPaymentInput,
  StartPaymentResult,
} from './port.ts';
export { InvalidSignatureError, MalformedEventError, PaymentsConfigError, ProviderError, type ProviderErrorCode } from './errors.ts';
export { createManualPayments, type ManualPayee, type ManualPayments } from './manual.ts';
export { createStripePayments, type StripePaymentsOptions } from './stripe.ts';
