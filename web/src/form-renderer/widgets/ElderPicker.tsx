import { connect, mapReadPretty } from '@formily/react';
import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getElder } from '../../api/elders';
import type { ElderDetail, ElderSummary } from '../../api/registry-types';
import { ElderOption } from './ElderOption';
import { lookupElders } from './elderLookup';

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
  disabled?: boolean;
}

/**
 * The elder a stored id points to, fetched once so the picker shows a name rather than an id.
 * `missing` is the id whose fetch failed (a removed elder, no access), so callers can tell loading from gone.
 */
function useElder(id: string | undefined, found: ElderSummary[]): { elder?: ElderSummary | ElderDetail; missing: boolean } {
  const [loaded, setLoaded] = useState<ElderDetail>();
  const [failed, setFailed] = useState<string>();
  const known = found.find((e) => e.id === id) ?? (loaded?.id === id ? loaded : undefined);
  useEffect(() => {
    if (!id || known) return;
    getElder(id).then(setLoaded, () => setFailed(id));
  }, [id, known]);
  return { elder: known, missing: !!id && failed === id };
}

/** Finds an elder by name or phone (GET /api/elders/lookup); the field stores the elder's id. */
function ElderPickerBase({ value, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const [found, setFound] = useState<ElderSummary[]>([]);
  const [searching, setSearching] = useState(false);
  const latest = useRef(0);
  const chosen = useElder(value, found).elder;
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

/** Read-only: the elder's name once fetched; a spinner meanwhile (never the bare id), the id only if the elder is gone. */
function ElderText({ value }: Props) {
  const { elder, missing } = useElder(value, []);
  const shown = elder ? <ElderOption elder={elder} /> : !value ? '' : missing ? value : <Spin size="small" />;
  return <div className="ant-formily-preview-text">{shown}</div>;
}

export const ElderPicker = connect(ElderPickerBase, mapReadPretty(ElderText));
