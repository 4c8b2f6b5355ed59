import { Form, useNavigation } from '@remix-run/react';
import { networkOrdersMessages } from '../i18n/messages/network-orders.ts';
import { useT } from '../i18n/use-t.ts';
import type { NetworkSettingsField, NetworkSettingsValues } from '../lib/network-settings-form.ts';
import { FieldNotes } from './field-notes.tsx';
import { FormAlert } from './form-alert.tsx';
import { FormNotice } from './form-notice.tsx';
import { TextField } from './text-field.tsx';

interface NetworkSettingsFormProps {
  values: NetworkSettingsValues;
  fields: Partial<Record<NetworkSettingsField, string>>;
  form: string[];
  notice: string | null;
}

/** How the network sells: who assigns its orders, what buyers pay for shipping, and the network's share of each sale. */
export function NetworkSettingsForm({ values, fields, form, notice }: NetworkSettingsFormProps) {
  const t = useT(networkOrdersMessages);
  const navigation = useNavigation();
  const sending = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'save-settings';
  return (
    <Form method="post" className="stack-form network-settings-form" noValidate>
      {notice ? <FormNotice message={notice} /> : <FormAlert messages={form} />}
      <fieldset className="supply-choice" aria-describedby={fields.routing ? 'field-routing-error' : undefined} data-invalid={fields.routing ? true : undefined}>
        <legend>{t('networkSettings.routing')}</legend>
        {(['manual', 'automatic'] as const).map((routing) => (
          <label key={routing} className="choice">
            <input type="radio" name="routing" value={routing} defaultChecked={values.routing === routing} />
            <span>{t(routing === 'manual' ? 'networkSettings.routingManual' : 'networkSettings.routingAutomatic')}</span>
          </label>
        ))}
        <FieldNotes name="routing" hint={undefined} error={fields.routing} />
      </fieldset>
      <div className="field-row">
        <TextField
          name="flatFee"
          label={t('networkSettings.flatFee')}
          required
          inputMode="decimal"
          dir="ltr"
          autoComplete="off"
          defaultValue={values.flatFee}
          error={fields.flatFee}
        />
        <TextField
          name="freeAbove"
          label={t('networkSettings.freeAbove')}
          hint={t('networkSettings.freeAboveHint')}
          inputMode="decimal"
          dir="ltr"
          autoComplete="off"
          defaultValue={values.freeAbove}
          error={fields.freeAbove}
        />
      </div>
      <TextField
        name="coordinationFee"
        label={t('networkSettings.coordinationFee')}
        hint={t('networkSettings.coordinationFeeHint')}
        required
        inputMode="decimal"
        dir="ltr"
        autoComplete="off"
        defaultValue={values.coordinationFee}
        error={fields.coordinationFee}
      />
      <div className="form-actions">
        <button type="submit" name="intent" value="save-settings" className="button button-primary" disabled={sending}>
          {sending ? t('form.sending') : t('networkSettings.save')}
        </button>
      </div>
    </Form>
  );
}
