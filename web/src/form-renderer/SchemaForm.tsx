import { FormLayout, PreviewText } from '@formily/antd-v5';
import { createForm, onFieldInputValueChange, type Form } from '@formily/core';
import { createSchemaField, FormProvider } from '@formily/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormSchema } from '../api/forms';
import { FORM_COMPONENTS } from './components';
import './safety';
import { withDefaults } from './schemaDefaults';
import { SERVER_ERROR } from './serverErrors';
import { setFormLanguage } from './validators';

const SchemaField = createSchemaField({ components: FORM_COMPONENTS });

/** A formily form for a schema: initial (or draft) values, read-only when the task is done. */
export function useSchemaForm(values: Record<string, unknown> | undefined, readOnly = false): Form {
  return useMemo(
    () =>
      createForm({
        initialValues: structuredClone(values ?? {}),
        readPretty: readOnly,
        effects() {
          // A server error is about the value it saw: once the user edits the field it no longer applies.
          onFieldInputValueChange('*', (field) => field.setFeedback({ type: 'error', code: SERVER_ERROR, messages: [] }));
        },
      }),
    [values, readOnly],
  );
}

interface SchemaFormProps {
  form: Form;
  schema: FormSchema;
}

/** Renders a form schema with the CareFlow component registry (formily + antd 5). */
export function SchemaForm({ form, schema }: SchemaFormProps) {
  const { i18n } = useTranslation();
  setFormLanguage(i18n.resolvedLanguage ?? i18n.language);
  const ready = useMemo(() => withDefaults(schema), [schema]);
  return (
    <FormProvider form={form}>
      {/* An empty value in a read-only form shows a dash, not formily's "N/A". */}
      <PreviewText.Placeholder value="—">
        <FormLayout layout="vertical">
          <SchemaField schema={ready} />
        </FormLayout>
      </PreviewText.Placeholder>
    </FormProvider>
  );
}
