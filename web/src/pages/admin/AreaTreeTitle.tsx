import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../api/registry-types';

const LEVEL_COLORS = { city: 'red', district: 'orange', street: 'blue', community: 'green' } as const;

interface AreaTreeTitleProps {
  area: Area;
  editable: boolean;
  onAddChild: (area: Area) => void;
  onRename: (area: Area) => void;
  onDelete: (area: Area) => void;
}

/** One tree row: name, code, level, and for admins the row's actions. */
export function AreaTreeTitle({ area, editable, onAddChild, onRename, onDelete }: AreaTreeTitleProps) {
  const { t } = useTranslation();
  // Clicks on the actions must not also select or expand the node.
  const stop = (e: React.MouseEvent) => e.stopPropagation();
  return (
    <Space size={8} data-testid={`area-${area.code}`}>
      <span>{area.name}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {area.code}
      </Typography.Text>
      <Tag color={LEVEL_COLORS[area.level]}>{t(`admin.areas.levels.${area.level}`)}</Tag>
      {editable && (
        <Space size={0} onClick={stop}>
          {area.level !== 'community' && (
            <Tooltip title={t('admin.areas.addChild')}>
              <Button type="text" size="small" icon={<PlusOutlined />} aria-label={`${t('admin.areas.addChild')} ${area.name}`} onClick={() => onAddChild(area)} />
            </Tooltip>
          )}
          <Tooltip title={t('admin.areas.rename')}>
            <Button type="text" size="small" icon={<EditOutlined />} aria-label={`${t('admin.areas.rename')} ${area.name}`} onClick={() => onRename(area)} />
          </Tooltip>
          <Popconfirm title={t('admin.areas.confirmDelete', { name: area.name })} okText={t('common.delete')} cancelText={t('common.cancel')} onConfirm={() => onDelete(area)}>
            <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${area.name}`} />
          </Popconfirm>
        </Space>
      )}
    </Space>
  );
}
