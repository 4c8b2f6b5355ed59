/** A shop's standing: opened (`pending`), then approved or rejected by an administrator; only an approved shop sells. */
export const producerStatuses = ['pending', 'approved', 'rejected'] as const;
export type ProducerStatus = (typeof producerStatuses)[number];
