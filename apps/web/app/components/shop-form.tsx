import { Form, useNavigation } from '@remix-run/react';
import { dashboardMessages } from '../i18n/messages/dashboard.ts';
import { useT } from '../i18n/use-t.ts';
import type { Category, Province } from '../lib/catalogue-types.ts';
import type { FormErrors } from '../lib/form-errors.ts';
import type { ShopField, ShopFormValues } from '../lib/shop-form.ts';
import { FieldNotes } from './field-notes.tsx';
import { FormAlert } from './form-alert.tsx';
import { SelectField } from './select-field.tsx';
import { TextAreaField } from './text-area-field.tsx';
import { TextField } from './text-field.tsx';

interface ShopFormProps {
  intent: string;
  values: ShopFormValues;
  errors: FormErrors<ShopField> | undefined;
  provinces: Province[];
  trades: Category[];
  submitLabel: string;
  /** Where the form posts; the current route when left out. */
  action?: string;
}

/** Opening a shop and editing it ask the same questions. */
export function ShopForm({ intent, values, errors, provinces, trades, submitLabel, action }: ShopFormProps) {
  const t = useT(dashboardMessages);
  const navigation = useNavigation();
  const sending = navigation.state === 'submitting' && navigation.formData?.get('intent') === intent;
  const fields = errors?.fields ?? {};
  // Trades with sub-trades get a group each; the ones that stand alone share a last group.
  const groups = trades.filter((trade) => trade.children.length > 0);
  const standalone = trades.filter((trade) => trade.children.length === 0);
  const chosen = new Set(values.trades);
  return (
    <Form method="post" action={action} className="stack-form" noValidate>
      <FormAlert messages={errors?.form ?? []} />
      <input type="hidden" name="intent" value={intent} />
      <TextField name="shopName" label={t('shopForm.shopName')} required maxLength={80} defaultValue={values.shopName} error={fields.shopName} />
      <div className="field-row">
        <SelectField name="provinceCode" label={t('shopForm.province')} required defaultValue={values.provinceCode} error={fields.provinceCode}>
          <option value="">{t('shopForm.provinceChoose')}</option>
          {provinces.map((province) => (
            <option key={province.code} value={province.code}>
              {province.name}
            </option>
          ))}
        </SelectField>
        <TextField name="city" label={t('shopForm.city')} required maxLength={80} defaultValue={values.city} error={fields.city} />
      </div>
      <fieldset className="choice-groups" aria-describedby="field-trades-hint" data-invalid={fields.trades ? true : undefined}>
        <legend>{t('shopForm.trades')}</legend>
        <FieldNotes name="trades" hint={t('shopForm.tradesHint')} error={fields.trades} />
        {groups.map((group) => (
          <fieldset key={group.slug} className="choice-group">
            <legend>{group.name}</legend>
            {group.children.map((trade) => (
              <TradeChoice key={trade.slug} slug={trade.slug} name={trade.name} checked={chosen.has(trade.slug)} />
            ))}
          </fieldset>
        ))}
        {standalone.length > 0 ? (
          <fieldset className="choice-group">
            <legend>{t('shopForm.otherTrades')}</legend>
            {standalone.map((trade) => (
              <TradeChoice key={trade.slug} slug={trade.slug} name={trade.name} checked={chosen.has(trade.slug)} />
            ))}
          </fieldset>
        ) : null}
      </fieldset>
      <TextField
        name="licenseNo"
        dir="ltr"
        label={t('shopForm.licenseNo')}
        maxLength={40}
        hint={t('shopForm.licenseNoHint')}
        defaultValue={values.licenseNo}
        error={fields.licenseNo}
      />
      <TextAreaField name="bio" label={t('shopForm.bio')} hint={t('shopForm.bioHint')} maxLength={2000} defaultValue={values.bio} error={fields.bio} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={sending}>
          {sending ? t('form.sending') : submitLabel}
        </button>
      </div>
    </Form>
  );
}

function TradeChoice({ slug, name, checked }: { slug: string; name: string; checked: boolean }) {
  return (
    <label className="choice">
      <input type="checkbox" name="trades" value={slug} defaultChecked={checked} />
      <span>{name}</span>
    </label>
  );
}
