import { formatNumber } from '@bazaarche/i18n';
import { Form, useNavigation } from '@remix-run/react';
import { useState } from 'react';
import { listingFormMessages } from '../i18n/messages/listing-form.ts';
import type { KeyOf } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import type { Category } from '../lib/catalogue-types.ts';
import { emptyVariantRow, variantField, type ListingFormValues, type Supply, type VariantRow } from '../lib/listing-form.ts';
import { useHydrated } from '../lib/use-hydrated.ts';
import { FieldNotes, fieldIds } from './field-notes.tsx';
import { FormAlert } from './form-alert.tsx';
import { SelectField } from './select-field.tsx';
import { TextAreaField } from './text-area-field.tsx';
import { TextField } from './text-field.tsx';

interface ListingFormProps {
  values: ListingFormValues;
  errors: { fields: Partial<Record<string, string>>; form: string[] } | undefined;
  trades: Category[];
  /** Networks it may be sold through; the choice is offered only when there is one. */
  networks: Array<{ id: string; name: string }>;
  submitLabel: string;
}

/** Blank rows offered for new variants; with scripts, rows are added and removed as needed. */
const spareRows = 2;

/** The listing's words, trade, price, stock and variants; photos are managed beside it. */
export function ListingForm({ values, errors, trades, networks, submitLabel }: ListingFormProps) {
  const t = useT(listingFormMessages);
  const locale = useLocale();
  const hydrated = useHydrated();
  const navigation = useNavigation();
  const sending = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'save';
  const [supply, setSupply] = useState<Supply>(values.supply);
  const [rows, setRows] = useState<KeyedRow[]>(() =>
    [...values.variants, ...Array.from({ length: spareRows }, () => emptyVariantRow)].map((row, key) => ({ ...row, key })),
  );
  const updateRow = (key: number, field: VariantField, value: string) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
  const fields = errors?.fields ?? {};
  const hasVariants = values.variants.length > 0;
  const variantErrors = Object.keys(fields).some((name) => name.startsWith('variants'));
  // Before the scripts run, both the stock and the days fields show; the server reads the one that applies.
  // With variants, each has its own stock and the listing's own count is not used.
  const variantsFilled = rows.some((row) => row.sku || row.size || row.colour || row.price || row.stock);
  const hideListingStock = hydrated && (supply !== 'stock' || variantsFilled);
  const hideStock = hydrated && supply !== 'stock';
  const hideDays = hydrated && supply !== 'made-to-order';

  return (
    <Form method="post" className="stack-form listing-form" noValidate>
      <FormAlert messages={errors?.form ?? []} />
      <input type="hidden" name="intent" value="save" />

      <fieldset className="form-section">
        <legend>{t('listingForm.details')}</legend>
        <TextField name="titleFa" lang="fa" dir="rtl" label={t('listingForm.titleFa')} required maxLength={200} defaultValue={values.titleFa} error={fields.titleFa} />
        <TextField name="titleEn" lang="en" dir="ltr" label={t('listingForm.titleEn')} maxLength={200} defaultValue={values.titleEn} error={fields.titleEn} />
        <SelectField name="categorySlug" label={t('listingForm.category')} required defaultValue={values.categorySlug} error={fields.categorySlug}>
          <option value="">{t('listingForm.categoryChoose')}</option>
          {trades.map((trade) =>
            trade.children.length === 0 ? (
              <option key={trade.slug} value={trade.slug}>
                {trade.name}
              </option>
            ) : (
              <optgroup key={trade.slug} label={trade.name}>
                {trade.children.map((child) => (
                  <option key={child.slug} value={child.slug}>
                    {child.name}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </SelectField>
        {networks.length > 0 ? (
          <SelectField name="networkId" label={t('listingForm.network')} hint={t('listingForm.networkHint')} defaultValue={values.networkId} error={fields.networkId}>
            <option value="">{t('listingForm.networkNone')}</option>
            {networks.map((network) => (
              <option key={network.id} value={network.id}>
                {network.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextAreaField
          name="descriptionFa"
          lang="fa"
          dir="rtl"
          label={t('listingForm.descriptionFa')}
          hint={t('listingForm.descriptionHint')}
          rows={7}
          maxLength={5000}
          defaultValue={values.descriptionFa}
          error={fields.descriptionFa}
        />
        <TextAreaField
          name="descriptionEn"
          lang="en"
          dir="ltr"
          label={t('listingForm.descriptionEn')}
          rows={5}
          maxLength={5000}
          defaultValue={values.descriptionEn}
          error={fields.descriptionEn}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('listingForm.priceAndStock')}</legend>
        <div className="field-row">
          <TextField
            name="price"
            inputMode="decimal"
            dir="ltr"
            autoComplete="off"
            label={t('listingForm.price')}
            hint={t('listingForm.priceHint')}
            required
            defaultValue={values.price}
            error={fields.price}
          />
          <TextField
            name="minOrderQty"
            inputMode="numeric"
            dir="ltr"
            autoComplete="off"
            label={t('listingForm.minOrderQty')}
            defaultValue={values.minOrderQty}
            error={fields.minOrderQty}
          />
        </div>
        <fieldset className="supply-choice">
          <legend>{t('listingForm.supply')}</legend>
          <label className="choice">
            <input type="radio" name="supply" value="stock" defaultChecked={values.supply === 'stock'} onChange={() => setSupply('stock')} />
            <span>{t('listingForm.supplyStock')}</span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name="supply"
              value="made-to-order"
              defaultChecked={values.supply === 'made-to-order'}
              onChange={() => setSupply('made-to-order')}
            />
            <span>{t('listingForm.supplyMadeToOrder')}</span>
          </label>
        </fieldset>
        <div className="field-row">
          <div hidden={hideListingStock}>
            <TextField
              name="stock"
              inputMode="numeric"
              dir="ltr"
              autoComplete="off"
              label={t('listingForm.stock')}
              hint={hasVariants && !hydrated ? t('listingForm.stockWithVariants') : undefined}
              defaultValue={values.stock}
              error={fields.stock}
            />
          </div>
          <div hidden={hideDays}>
            <TextField
              name="processingDays"
              inputMode="numeric"
              dir="ltr"
              autoComplete="off"
              label={t('listingForm.processingDays')}
              defaultValue={values.processingDays}
              error={fields.processingDays}
            />
          </div>
        </div>
      </fieldset>

      <details className="form-section variants-editor" open={hasVariants || variantErrors}>
        <summary>{t('listingForm.variants')}</summary>
        <p className="field-hint">{t('listingForm.variantsHint')}</p>
        {fields.variants ? <FieldNotes name="variants" hint={undefined} error={fields.variants} /> : null}
        <ol className="variant-rows">
          {rows.map((row, index) => (
            <li key={row.key} className="variant-row">
              <fieldset>
                <legend className="variant-row-legend">{t('listingForm.variantRow', { n: formatNumber(index + 1, locale) })}</legend>
                <input type="hidden" name={`variants.${index}.otherAttributes`} value={JSON.stringify(row.otherAttributes)} />
                {variantColumns.map(({ field, label, dir, inputMode }) => (
                  <VariantInput
                    key={field}
                    row={row}
                    index={index}
                    field={field}
                    label={t(label)}
                    error={fields[variantField(index, field)]}
                    dir={dir}
                    inputMode={inputMode}
                    hidden={field === 'stock' && hideStock}
                    onChange={updateRow}
                  />
                ))}
                {hydrated ? (
                  <button
                    type="button"
                    className="button button-small button-quiet variant-remove"
                    onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}
                  >
                    {t('listingForm.removeVariant', { n: formatNumber(index + 1, locale) })}
                  </button>
                ) : null}
              </fieldset>
            </li>
          ))}
        </ol>
        {hydrated ? (
          <button type="button" className="button button-small" onClick={() => setRows((current) => [...current, { ...emptyVariantRow, key: Math.max(-1, ...current.map((other) => other.key)) + 1 }])}>
            {t('listingForm.addVariant')}
          </button>
        ) : null}
      </details>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={sending}>
          {sending ? t('form.sending') : submitLabel}
        </button>
      </div>
    </Form>
  );
}

type VariantField = 'sku' | 'size' | 'colour' | 'price' | 'stock';

const variantColumns: { field: VariantField; label: KeyOf<typeof listingFormMessages>; dir?: 'ltr'; inputMode?: 'decimal' | 'numeric' }[] = [
  { field: 'sku', label: 'variant.sku', dir: 'ltr' },
  { field: 'size', label: 'variant.size' },
  { field: 'colour', label: 'variant.colour' },
  { field: 'price', label: 'listingForm.variantPrice', dir: 'ltr', inputMode: 'decimal' },
  { field: 'stock', label: 'listingForm.variantStock', dir: 'ltr', inputMode: 'numeric' },
];
/** A row with a key of its own, so removing one does not shift the others' state; names go by position. */
type KeyedRow = VariantRow & { key: number };

interface VariantInputProps {
  row: KeyedRow;
  index: number;
  field: VariantField;
  onChange: (key: number, field: VariantField, value: string) => void;
  label: string;
  error: string | undefined;
  dir: 'ltr' | undefined;
  inputMode: 'decimal' | 'numeric' | undefined;
  hidden: boolean;
}

function VariantInput({ row, index, field, onChange, label, error, dir, inputMode, hidden }: VariantInputProps) {
  const name = variantField(index, field);
  const { id, describedBy } = fieldIds(name, undefined, error);
  return (
    <div className="field" data-invalid={error ? true : undefined} hidden={hidden}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        value={row[field]}
        onChange={(event) => onChange(row.key, field, event.target.value)}
        dir={dir}
        inputMode={inputMode}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <FieldNotes name={name} hint={undefined} error={error} />
    </div>
  );
}
