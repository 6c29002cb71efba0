import type { FormInstance } from 'antd';
import { useState } from 'react';
import { applyFieldProblems, fieldProblems } from '../api/fieldErrors';

/**
 * Saving an antd form to the engine: `saving` while it runs; field problems of a 400 land on their
 * fields, and anything else (a 409, a problem no field shows) becomes `error` above the buttons.
 */
export function useFormSave(form: FormInstance) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async (action: () => Promise<void>) => {
    setSaving(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      const problems = fieldProblems(err);
      if (problems.length === 0 || applyFieldProblems(form, problems).length > 0) setError(err);
    } finally {
      setSaving(false);
    }
  };
  return { saving, error, save };
}
