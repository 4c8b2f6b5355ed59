import { statusMessages } from '../i18n/messages/status.ts';
import { useT } from '../i18n/use-t.ts';
import type { ListingStatus } from '../lib/catalogue-types.ts';
import type { Fulfilment, Order } from '../lib/order-types.ts';

type ProducerStatus = 'pending' | 'approved' | 'rejected';

export function ListingStatusBadge({ status }: { status: ListingStatus }) {
  const t = useT(statusMessages);
  return (
    <span className="status-badge" data-status={status}>
      {t(`listingStatus.${status}`)}
    </span>
  );
}

export function ProducerStatusBadge({ status }: { status: ProducerStatus }) {
  const t = useT(statusMessages);
  return (
    <span className="status-badge" data-status={status}>
      {t(`producerStatus.${status}`)}
    </span>
  );
}

export function OrderStatusBadge({ status }: { status: Order['status'] }) {
  const t = useT(statusMessages);
  return (
    <span className="status-badge" data-status={status}>
      {t(`orderStatus.${status}`)}
    </span>
  );
}

export function FulfilmentStatusBadge({ status }: { status: Fulfilment['status'] }) {
  const t = useT(statusMessages);
  return (
    <span className="status-badge" data-status={status}>
      {t(`fulfilmentStatus.${status}`)}
    </span>
  );
}
