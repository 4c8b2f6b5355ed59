import { formatNumber } from '@bazaarche/i18n';
import { Form, Link, useNavigation } from '@remix-run/react';
import { useLocale, useT } from '../i18n/use-t.ts';
import type { Category, Province } from '../lib/catalogue-types.ts';
import type { FormErrors } from '../lib/form-errors.ts';
import { FormAlert } from './form-alert.tsx';
import { SelectField } from './select-field.tsx';
import { TextField } from './text-field.tsx';

export type NetworkField = 'name' | 'provinceCode' | 'trade' | 'capacity';

interface NetworksPanelProps {
  networks: Array<{ id: string; name: string; members: number }>;
  provinces: Province[];
  trades: Category[];
  values: Record<NetworkField, string> | undefined;
  errors: FormErrors<NetworkField> | undefined;
}

/** The networks an approved producer leads, and a form to found one. */
export function NetworksPanel({ networks, provinces, trades, values, errors }: NetworksPanelProps) {
  const t = useT();
  const locale = useLocale();
  const navigation = useNavigation();
  const fields = errors?.fields ?? {};
  const allTrades = trades.flatMap((trade) => [trade, ...trade.children]);
  return (
    <section className="panel networks-panel" aria-labelledby="networks-title">
      <h2 id="networks-title">{t('networks.title')}</h2>
      <p className="page-lead">{t('networks.lead')}</p>
      {networks.length === 0 ? (
        <p className="notice">{t('networks.none')}</p>
      ) : (
        <ul className="chips">
          {networks.map((network) => (
            <li key={network.id} className="chip">
              <Link to={`/dashboard/networks/${network.id}`}>
                {network.name} ({formatNumber(network.members, locale)})
              </Link>
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
