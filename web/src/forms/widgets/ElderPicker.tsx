import { connect, mapReadPretty } from '@formily/react';
import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getElder } from '../../api/elders';
import type { ElderSummary } from '../../api/registry-types';
import { ElderOption } from './ElderOption';
import { lookupElders } from './elderLookup';

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
  disabled?: boolean;
}

/** The elder a stored id points to, fetched once so the picker shows a name rather than an id. */
function useElder(id: string | undefined, found: ElderSummary[]): ElderSummary | undefined {
  const [loaded, setLoaded] = useState<ElderSummary>();
  const known = found.find((e) => e.id === id) ?? (loaded?.id === id ? loaded : undefined);
  useEffect(() => {
    if (!id || known) return;
    getElder(id).then(setLoaded, () => setLoaded(undefined));
  }, [id, known]);
  return known;
}

/** Finds an elder by name or phone (GET /api/elders/lookup); the field stores the elder's id. */
function ElderPickerBase({ value, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const [found, setFound] = useState<ElderSummary[]>([]);
  const [searching, setSearching] = useState(false);
  const latest = useRef(0);
  const chosen = useElder(value, found);
  const search = (text: string) => {
    const call = ++latest.current;
    if (!text.trim()) return setFound([]);
    setSearching(true);
    // Only the answer to the latest keystroke is kept: earlier ones may arrive after it.
    lookupElders(text)
      .then((elders) => call === latest.current && setFound(elders))
      .catch(() => call === latest.current && setFound([]))
      .finally(() => call === latest.current && setSearching(false));
  };
  const list = chosen && !found.some((e) => e.id === chosen.id) ? [chosen, ...found] : found;
  return (
    <Select
      showSearch
      allowClear
      disabled={disabled}
      value={value}
      filterOption={false}
      onSearch={search}
      onChange={(id: string | undefined) => onChange?.(id)}
      placeholder={t('forms.widgets.elder.placeholder')}
      notFoundContent={searching ? <Spin size="small" /> : t('forms.widgets.elder.none')}
      options={list.map((elder) => ({ value: elder.id, label: <ElderOption elder={elder} /> }))}
    />
  );
}

function ElderText({ value }: Props) {
  const chosen = useElder(value, []);
  return <div className="ant-formily-preview-text">{chosen ? <ElderOption elder={chosen} /> : (value ?? '')}</div>;
}

export const ElderPicker = connect(ElderPickerBase, mapReadPretty(ElderText));
