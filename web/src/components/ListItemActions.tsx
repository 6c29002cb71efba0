import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

interface ListItemActionsProps {
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
  /** Accessible names say which row, e.g. "上移 第 2 联系人". */
  what: string;
  /** False keeps the row (e.g. a saved dictionary option, which is retired instead). */
  removable?: boolean;
}

/** Up, down and remove for one item of an ordered list. */
export function ListItemActions({ index, count, move, remove, what, removable = true }: ListItemActionsProps) {
  const { t } = useTranslation();
  return (
    <Space size={0}>
      <Tooltip title={t('common.moveUp')}>
        <Button type="text" size="small" icon={<ArrowUpOutlined />} aria-label={`${t('common.moveUp')} ${what}`} disabled={index === 0} onClick={() => move(index, index - 1)} />
      </Tooltip>
      <Tooltip title={t('common.moveDown')}>
        <Button type="text" size="small" icon={<ArrowDownOutlined />} aria-label={`${t('common.moveDown')} ${what}`} disabled={index === count - 1} onClick={() => move(index, index + 1)} />
      </Tooltip>
      <Tooltip title={t('common.remove')}>
        <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`${t('common.remove')} ${what}`} disabled={!removable} onClick={() => remove(index)} />
      </Tooltip>
    </Space>
  );
}
