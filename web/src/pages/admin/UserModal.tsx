import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Provider } from '../../api/provider-types';
import { listProviders } from '../../api/providers';
import { createUser, PROVIDER_ROLES, updateUser, type ManagedUser, type Role, type UserGroup } from '../../api/users';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';
import { errorText } from '../../components/errorText';
import { useFormSave } from '../../hooks/useFormSave';
import { conflictOnField } from './conflictOnField';
import { useRoleOptions } from './userRoles';

interface UserValues {
  username?: string;
  password?: string;
  displayName: string;
  roles: Role[];
  groups?: string[];
  areaScope?: string[];
  providerId?: string | null;
  phone?: string;
}

/** Creating a user (user null) or changing one; the username never changes. */
export function UserModal({ user, groups, onClose, onSaved }: { user: ManagedUser | null; groups: UserGroup[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserValues>();
  const { saving, error, save } = useFormSave(form);
  const roleOptions = useRoleOptions();
  const [providers, setProviders] = useState<Provider[]>([]);
  const roles = Form.useWatch('roles', form) ?? user?.roles ?? [];
  const forProvider = roles.some((r) => PROVIDER_ROLES.includes(r));

  useEffect(() => {
    // At most 200 providers: the engine's page limit, more than a city registers.
    listProviders({ page: 1, pageSize: 200 }).then((r) => setProviders(r.providers), () => setProviders([]));
  }, []);

  const submit = (values: UserValues) =>
    save(async () => {
      const profile = {
        displayName: values.displayName.trim(),
        roles: values.roles,
        groups: values.groups ?? [],
        areaScope: values.areaScope ?? [],
        providerId: forProvider ? (values.providerId ?? null) : null,
      };
      const phone = values.phone?.trim() ? values.phone.trim() : null;
      if (user) {
        await updateUser(user.id, { ...profile, phone });
      } else {
        const username = values.username?.trim() ?? '';
        await conflictOnField('username', t('admin.users.usernameTaken', { username }), () => createUser({ ...profile, username, password: values.password ?? '', phone }));
      }
      onSaved();
    });

  const initial: Partial<UserValues> = user
    ? { displayName: user.displayName, roles: user.roles, groups: user.groups, areaScope: user.areaScope, providerId: user.providerId, phone: user.phone ?? undefined }
    : { roles: [], groups: [], areaScope: [] };
  const required = { required: true, message: t('common.required') };
  return (
    <Modal open title={user ? t('admin.users.editTitle', { name: user.displayName }) : t('admin.users.new')} okText={t('common.save')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden okButtonProps={{ 'data-testid': 'user-save' }}>
      <Form<UserValues> form={form} name="user" layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)}>
        {!user && (
          <Form.Item name="username" label={t('admin.users.username')} rules={[required, { pattern: /^[A-Za-z0-9_.-]{2,64}$/, message: t('admin.users.usernameFormat') }]}>
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('admin.users.displayName')} rules={[{ ...required, whitespace: true }, { max: 128 }]}>
          <Input />
        </Form.Item>
        {!user && (
          <Form.Item name="password" label={t('admin.users.password')} extra={t('admin.users.passwordRules')} rules={[required, { min: 8, message: t('admin.users.passwordMin') }, { max: 256 }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item name="roles" label={t('admin.users.roles')} rules={[{ ...required, type: 'array', min: 1 }]}>
          <Select mode="multiple" options={roleOptions} optionFilterProp="label" />
        </Form.Item>
        {forProvider && (
          <Form.Item name="providerId" label={t('admin.users.provider')} extra={t('admin.users.providerHint')} rules={[required]}>
            <Select showSearch allowClear optionFilterProp="label" options={providers.map((p) => ({ value: p.id, label: p.name }))} />
          </Form.Item>
        )}
        <Form.Item name="groups" label={t('admin.users.groups')}>
          <Select mode="multiple" optionFilterProp="label" options={groups.map((g) => ({ value: g.key, label: g.name }))} />
        </Form.Item>
        <Form.Item name="areaScope" label={t('admin.users.areaScope')} extra={t('admin.users.areaScopeHint')}>
          <AreaTreeSelect multiple />
        </Form.Item>
        <Form.Item name="phone" label={t('admin.users.phone')} extra={t('admin.users.phoneHint')} rules={[{ pattern: /^1\d{10}$/, message: t('admin.users.phoneFormat') }]}>
          <Input maxLength={11} />
        </Form.Item>
      </Form>
      {!!error && <Alert type="error" showIcon message={errorText(error, t)} />}
    </Modal>
  );
}
