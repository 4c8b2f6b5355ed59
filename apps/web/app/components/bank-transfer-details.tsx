import { bankTransferMessages } from '../i18n/messages/bank-transfer.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { type BankTransfer, transferView } from '../lib/bank-transfer-view.ts';
import { CopyValue } from './copy-value.tsx';

/** Where a buyer sends the money for a pending order, each number ready to copy into a banking app. */
export function BankTransferDetails({ transfer }: { transfer: BankTransfer }) {
  const t = useT(bankTransferMessages);
  const locale = useLocale();
  const view = transferView(transfer, locale);
  return (
    <>
      <p>{t(view.card ? 'transfer.leadCard' : 'transfer.lead')}</p>
      <dl className="bank-transfer">
        <div className="bank-transfer-amount">
          <dt>{t('transfer.amount')}</dt>
          <dd>
            <strong className="bank-transfer-toman">{view.amount}</strong>
            {view.rials ? (
              <>
                <CopyValue value={view.rials.copy} label={t('transfer.amount')} dir="auto">
                  {t('transfer.rials', { amount: view.rials.shown })}
                </CopyValue>
                <span className="bank-transfer-hint">{t('transfer.rialsHint')}</span>
              </>
            ) : (
              <CopyValue value={view.amountCopy} label={t('transfer.amount')}>
                {view.amountCopy}
              </CopyValue>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('transfer.holder')}</dt>
          <dd>{view.holderName}</dd>
        </div>
        <div>
          <dt>{t('transfer.bank')}</dt>
          <dd>{view.bankName}</dd>
        </div>
        <div>
          <dt>{t('transfer.sheba')}</dt>
          <dd>
            <CopyValue value={transfer.sheba} label={t('transfer.sheba')}>
              <DigitGroups groups={view.sheba} />
            </CopyValue>
          </dd>
        </div>
        {view.card && transfer.cardNumber ? (
          <div>
            <dt>{t('transfer.card')}</dt>
            <dd>
              <CopyValue value={transfer.cardNumber} label={t('transfer.card')}>
                <DigitGroups groups={view.card} />
              </CopyValue>
            </dd>
          </div>
        ) : null}
        <div className="bank-transfer-reference">
          <dt>{t('transfer.reference')}</dt>
          <dd>
            <CopyValue value={transfer.reference} label={t('transfer.reference')}>
              <DigitGroups groups={view.reference} />
            </CopyValue>
          </dd>
        </div>
      </dl>
      <p className="bank-transfer-confirmation">{t('transfer.confirmation')}</p>
    </>
  );
}

function DigitGroups({ groups }: { groups: string[] }) {
  return groups.map((group, index) => (
    <span key={index} className="digit-group">
      {group}
    </span>
  ));
}
