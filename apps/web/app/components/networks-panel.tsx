import { Form, Link, useNavigation } from '@remix-run/react';
import { dashboardMessages } from '../i18n/messages/dashboard.ts';
import { networksMessages } from '../i18n/messages/networks.ts';
import { useT } from '../i18n/use-t.ts';
import type { Category, Province } from '../lib/catalogue-types.ts';
import type { FormErrors } from '../lib/form-errors.ts';
import type { MyNetwork } from '../lib/network-view.ts';
import { FormAlert } from './form-alert.tsx';
import { FormNotice } from './form-notice.tsx';
import { SelectField } from './select-field.tsx';
import { TextField } from './text-field.tsx';

export type NetworkField = 'name' | 'provinceCode' | 'trade' | 'capacity';

interface NetworksPanelProps {
  networks: MyNetwork[];
  provinces: Province[];
  trades: Category[];
  values: Record<NetworkField, string> | undefined;
  errors: FormErrors<NetworkField> | undefined;
  /** The answer to accepting an invitation from this panel, if that was the last post. */
  invitation: { networkId: string; notice: string | null; error: string | null } | undefined;
}

/** The networks an approved producer leads, belongs to or is invited to (GET /v1/me), and a form to found one. */
export function NetworksPanel({ networks, provinces, trades, values, errors, invitation }: NetworksPanelProps) {
  const t = useT(dashboardMessages, networksMessages);
  const navigation = useNavigation();
  const fields = errors?.fields ?? {};
  const allTrades = trades.flatMap((trade) => [trade, ...trade.children]);
  return (
    <section className="panel networks-panel" aria-labelledby="networks-title">
      <h2 id="networks-title">{t('networks.title')}</h2>
      <p className="page-lead">{t('networks.lead')}</p>
      {invitation?.notice ? <FormNotice message={invitation.notice} /> : null}
      {networks.length === 0 ? (
        <p className="notice">{t('networks.none')}</p>
      ) : (
        <ul className="network-list">
          {networks.map((network) => (
            <li key={network.id} className="network-line" data-network={network.id} data-role={network.role}>
              <Link to={`/dashboard/networks/${network.id}`}>{network.name}</Link>
              <span className="status-badge" data-status={network.role === 'invited' ? 'pending' : 'approved'}>
                {t(`networks.role.${network.role}`)}
              </span>
              {network.role === 'invited' ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="networkId" value={network.id} />
                  <button type="submit" name="intent" value="accept-invitation" className="button button-small button-primary" disabled={navigation.state !== 'idle'}>
                    {t('networks.acceptInvitation')}
                  </button>
                </Form>
              ) : null}
              {invitation?.networkId === network.id && invitation.error ? <FormAlert messages={[invitation.error]} /> : null}
            </li>
          ))}
        </ul>
      )}
      <details open={errors ? true : undefined}>
        <summary>{t('networks.found')}</summary>
        <Form method="post" className="stack-form" noValidate>
          <FormAlert messages={errors?.form ?? []} />
          <TextField name="name" label={t('networks.name')} required maxLength={120} defaultValue={values?.name ?? ''} error={fields.name} />
          <div className="field-row">
            <SelectField name="provinceCode" label={t('shopForm.province')} required defaultValue={values?.provinceCode ?? ''} error={fields.provinceCode}>
              <option value="">{t('shopForm.provinceChoose')}</option>
              {provinces.map((province) => (
                <option key={province.code} value={province.code}>
                  {province.name}
                </option>
              ))}
            </SelectField>
            <SelectField name="trade" label={t('networks.trade')} required defaultValue={values?.trade ?? ''} error={fields.trade}>
              <option value="">{t('networks.tradeChoose')}</option>
              {allTrades.map((trade) => (
                <option key={trade.slug} value={trade.slug}>
                  {trade.name}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField
            name="capacity"
            label={t('networks.leaderCapacity')}
            hint={t('networks.capacityHint')}
            inputMode="numeric"
            defaultValue={values?.capacity ?? ''}
            error={fields.capacity}
          />
          <button type="submit" name="intent" value="found-network" className="button button-primary" disabled={navigation.state !== 'idle'}>
            {t('networks.found')}
          </button>
        </Form>
      </details>
    </section>
  );
}
