import { App, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../components/ChangePasswordForm';

/** 修改密码 from the user menu, any time; the user stays signed in here, other sessions end. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Modal open={open} title={t('changePassword.own')} onCancel={onClose} footer={null} destroyOnHidden data-testid="change-password-modal">
      <Typography.Paragraph type="secondary">{t('changePassword.ownHint')}</Typography.Paragraph>
      <ChangePasswordForm
        submitLabel={t('changePassword.save')}
        onChanged={() => {
          void message.success(t('changePassword.done'));
          onClose();
        }}
      />
    </Modal>
  );
}
