import { Button, Empty, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lookupElders, type LookupMatch } from '../../api/desk';
import { errorText } from '../../components/errorText';

/** Digits are a phone (or a terminal number), letters a name; the lookup takes one of them. */
const byOf = (text: string): 'phone' | 'name' | 'deviceId' => (/^\+?[\d-]{5,}$/.test(text) ? 'phone' : /^[A-Za-z0-9_-]+$/.test(text) && /\d/.test(text) ? 'deviceId' : 'name');

/** Finds an elder by phone, name or terminal, and lets the agent pick one of the matches. */
export function ElderSearch({ onPick }: { onPick: (match: LookupMatch) => void }) {
  const { t } = useTranslation();
  const [matches, setMatches] = useState<LookupMatch[] | null>(null);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(false);
  const search = async (text: string) => {
    const value = text.trim();
    if (!value) return;
    setLoading(true);
    try {
      setMatches(await lookupElders(byOf(value), value));
      setError(undefined);
    } catch (err) {
      setError(errorText(err, t));
    } finally {
      setLoading(false);
    }
  };
  return (
    <div data-testid="elder-search">
      <Input.Search placeholder={t('desk.pop.searchPlaceholder')} enterButton={t('desk.pop.search')} loading={loading} onSearch={(v) => void search(v)} aria-label={t('desk.pop.search')} />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      {matches && matches.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('desk.pop.noMatch')} />}
      {matches && matches.length > 0 && (
        <List
          size="small"
          dataSource={matches}
          renderItem={(m) => (
            <List.Item actions={[<Button key="pick" size="small" type="link" onClick={() => onPick(m)} data-testid={`pick-${m.elder.id}`}>{t('desk.pop.choose')}</Button>]}>
              {m.elder.name} · {m.elder.age ?? '—'} · {m.elder.address}
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
