import { Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DictSelect } from '../../components/DictSelect';
import { CATEGORY_DICT } from './useCategoryLabel';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}

/** A category path: the top level from the knowledge_category dictionary, then an optional free sub-path ('dibao', 'a/b'). */
export function CategoryInput({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  const slash = (value ?? '').indexOf('/');
  const top = slash < 0 ? value || undefined : value!.slice(0, slash);
  const sub = slash < 0 ? '' : value!.slice(slash + 1);
  const join = (nextTop: string | undefined, nextSub: string) => onChange?.(nextSub.trim() ? `${nextTop ?? ''}/${nextSub.trim()}` : nextTop ?? '');
  return (
    <Space.Compact style={{ width: '100%' }}>
      <DictSelect id={id} dict={CATEGORY_DICT} value={top} onChange={(v) => join(v, sub)} style={{ width: '45%' }} />
      <Input placeholder={t('knowledge.editor.subPath')} value={sub} onChange={(e) => join(top, e.target.value)} style={{ width: '55%' }} data-testid="knowledge-subcategory" />
    </Space.Compact>
  );
}
