export { decideRefresh, sessionEndReasons, type RefreshDecision, type RefreshFamilyState, type RefreshTokenState, type SessionEndReason } from './accounts/decide-refresh.ts';
export { normalizeEmail } from './accounts/normalize-email.ts';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './accounts/password-policy.ts';
export {
  addCalendarDays,
  calendarDateAt,
  DUE_DATE_MAX_YEARS_AHEAD,
  dueDateProblem,
  endOfCalendarDay,
  isCalendarDate,
  MARKETPLACE_UTC_OFFSET_MINUTES,
  type DueDateProblem,
} from './calendar/calendar-date.ts';
export { availabilityProblem, isAvailable, unitsAvailable, type AvailabilityProblem } from './catalogue/listing-availability.ts';
export { listingStatuses, nextListingStatus, statusAfterEdit, type ListingAction, type ListingStatus } from './catalogue/listing-status.ts';
export { producerStatuses, type ProducerStatus } from './catalogue/producer-status.ts';
export { slugify, uniqueSlug } from './catalogue/slugify.ts';
export {
  accountKinds,
  bulkOrderReceivableAccount,
  heldAccount,
  owedAccount,
  parseAccountKey,
  parseSellerKey,
  payableAccount,
  PLATFORM_CASH,
  PLATFORM_COMMISSION,
  sellerKey,
  sellerAccountKinds,
  sellerKinds,
  unfundedAccount,
  type Account,
  type AccountKey,
  type AccountKind,
  type SellerAccountKind,
  type SellerKey,
  type SellerKind,
} from './ledger/accounts.ts';
export { balancesOf } from './ledger/balances.ts';
export { commissionMinor, MAX_COMMISSION_BPS } from './ledger/commission.ts';
export { coordinationFeeMinor } from './ledger/coordination-fee.ts';
export { fulfilmentPosition, payeeOf, type FulfilmentPosition, type LedgerFulfilment } from './ledger/fulfilment-position.ts';
export { postBulkAcceptance, type BulkAcceptanceInput } from './ledger/post-bulk-acceptance.ts';
export { postBulkPayment, type BulkPaymentInput } from './ledger/post-bulk-payment.ts';
export { postCodDelivery } from './ledger/post-cod-delivery.ts';
export { postDelivery } from './ledger/post-delivery.ts';
export { ledgerViolations, type LedgerViolation } from './ledger/invariants.ts';
export { postPayment, type LedgerOrder } from './ledger/post-payment.ts';
export { postPayout, type PayoutInput } from './ledger/post-payout.ts';
export { postRefund, type RefundInput } from './ledger/post-refund.ts';
export { parseSheba, type ShebaResult } from './ledger/sheba.ts';
export { sellerBalanceMinor, statementFor, type SellerStatement, type SellerStatementLine } from './ledger/statement.ts';
export {
  isBalanced,
  type LedgerEntry,
  type LedgerPosting,
  type LedgerRefusal,
  type LedgerTransaction,
  type LedgerTransactionKind,
  ledgerTransactionKinds,
} from './ledger/transaction.ts';
export { LIMITS } from './money/limits.ts';
export { MinorUnitsOverflowError } from './money/minor-units.ts';
export {
  allocationActions,
  allocationActionsFor,
  allocationEvents,
  allocationStatuses,
  checkEvent,
  deliveryEvent,
  nextAllocationStatus,
  type AllocationAction,
  type AllocationCaller,
  type AllocationEvent,
  type AllocationFacts,
  type AllocationStatus,
} from './networks/allocation-status.ts';
export { assignFulfilment, type FulfilmentCandidate } from './networks/assign-fulfilment.ts';
export {
  bulkOrderActions,
  bulkOrderActionsFor,
  bulkOrderEvents,
  bulkOrderStatuses,
  nextBulkOrderStatus,
  type BulkOrderAction,
  type BulkOrderEvent,
  type BulkOrderStatus,
} from './networks/bulk-order-status.ts';
export { freeCapacity, type FreeCapacityInput } from './networks/free-capacity.ts';
export { membershipEvents, membershipStatuses, nextMembershipStatus, type MembershipEvent, type MembershipStatus } from './networks/membership-status.ts';
export {
  networkActions,
  networkActionsFor,
  networkMemberActions,
  networkMemberActionsFor,
  type NetworkAction,
  type NetworkCaller,
  type NetworkMemberAction,
} from './networks/network-actions.ts';
export { networkRoutings, type NetworkRouting } from './networks/network-routing.ts';
export {
  checkManualSplit,
  resplitDeclined,
  splitByCapacity,
  type Allocation,
  type BulkAllocation,
  type ManualSplitIssue,
  type ManualSplitResult,
  type MemberCapacity,
  type Resplit,
  type Split,
} from './networks/split.ts';
export { cartLinePriceMinor, cartLineProblem, type CartLineProblem, type CartLineRequest, type CartListing } from './orders/cart-line.ts';
export {
  assignableFulfilmentStatuses,
  fulfilmentActionsFor,
  fulfilmentCallerActions,
  orderActionsFor,
  orderCallerActions,
  type CallerRelation,
  type FulfilmentCallerAction,
  type FulfilmentState,
  type OrderCallerAction,
  type OrderState,
} from './orders/caller-actions.ts';
export {
  buyerMayCancel,
  fulfilmentActions,
  fulfilmentStatuses,
  nextFulfilmentStatus,
  orderStatusAfterFulfilments,
  type FulfilmentAction,
  type FulfilmentStatus,
} from './orders/fulfilment-status.ts';
export { nextOrderStatus, orderActions, orderClearedToSend, orderStatuses, type OrderAction, type OrderStatus } from './orders/order-status.ts';
export { paymentMethods, type PaymentMethod } from './orders/payment-method.ts';
export { nextPaymentStatus, paymentActions, paymentStatuses, type PaymentAction, type PaymentStatus } from './orders/payment-status.ts';
export {
  normalizeIranianMobile,
  SHIPPING_ADDRESS_MAX_LENGTH,
  validateShippingAddress,
  type ShippingAddress,
  type ShippingAddressField,
  type ShippingAddressIssue,
  type ShippingAddressIssueCode,
  type ShippingAddressResult,
} from './orders/shipping-address.ts';
export { shippingFee, type ShippingRule } from './orders/shipping.ts';
export { orderTotals, type FulfilmentTotals, type OrderTotals, type PricedLine, type TotalledLine } from './orders/totals.ts';
export {
  cancellationProblem,
  CONTRACT_SIGNATURE_DAYS,
  contractEvents,
  contractHasLapsed,
  contractLapsesAt,
  contractSettled,
  contractStatuses,
  nextContractStatus,
  signatureEvent,
  type CancellationProblem,
  type ContractEvent,
  type ContractParty,
  type ContractStatus,
} from './procurement/contract-status.ts';
export {
  advanceMinor,
  committedMinor,
  contractTermsIssues,
  DEFAULT_ADVANCE_BPS,
  DEFAULT_PAYMENT_TERMS_DAYS,
  deliveryInvoice,
  invoiceDueDate,
  MAX_ADVANCE_BPS,
  type ContractTermsIssue,
  type DeliveryInvoice,
  type DeliveryInvoiceInput,
} from './procurement/contract-money.ts';
export {
  contractDeliveryEvents,
  contractDeliveryStatuses,
  nextContractDeliveryStatus,
  receiptIssues,
  replacementProblem,
  type ContractDeliveryEvent,
  type ContractDeliveryStatus,
  type ReceiptField,
  type ReceiptIssue,
  type ReplacementProblem,
} from './procurement/delivery-status.ts';
export { demandEvents, demandStatuses, nextDemandStatus, type DemandEvent, type DemandStatus } from './procurement/demand-status.ts';
export {
  invoiceEvents,
  invoiceStatusAt,
  invoiceStatuses,
  nextInvoiceStatus,
  paymentEvent,
  storedInvoiceStatuses,
  type InvoiceEvent,
  type InvoiceStatus,
  type StoredInvoiceStatus,
} from './procurement/invoice-status.ts';
export {
  ocdsContractStatus,
  ocdsContractStatuses,
  ocdsDateTime,
  ocdsEndOfDay,
  ocdsMilestoneStatus,
  ocdsRelease,
  ocdsReleasePackage,
  ocdsValue,
  ocid,
  type OcdsContractInput,
  type OcdsContractStatus,
  type OcdsMilestoneStatus,
  type OcdsPackageOptions,
  type OcdsPartyInput,
  type OcdsRelease,
  type OcdsReleasePackage,
  type OcdsValue,
} from './procurement/ocds.ts';
export {
  networkCapacityCheck,
  offerIssues,
  type NetworkCapacityCheck,
  type NetworkMemberCapacity,
  type OfferDelivery,
  type OfferInput,
  type OfferIssue,
  type OfferIssueCode,
  type TrancheCapacity,
} from './procurement/offer-validation.ts';
export { nextOfferStatus, offerEvents, offerStatuses, type OfferEvent, type OfferStatus } from './procurement/offer-status.ts';
export { organizationActions, organizationActionsFor, type OrganizationAction, type OrganizationCaller } from './organizations/organization-actions.ts';
export {
  nextOrganizationStatus,
  organizationEvents,
  organizationKinds,
  organizationRoles,
  organizationStatuses,
  organizationStatusesAllowing,
  type OrganizationEvent,
  type OrganizationKind,
  type OrganizationRole,
  type OrganizationStatus,
} from './organizations/organization-status.ts';
export { normalizePersian } from './text/normalize-persian.ts';
export { normalizeForSearch } from './text/normalize-for-search.ts';
export { toAsciiDigits } from './text/to-ascii-digits.ts';
