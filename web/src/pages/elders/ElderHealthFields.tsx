import { Col, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DictSelect } from '../../components/DictSelect';
import { PhoneInputBase } from '../../form-renderer/widgets/PhoneInput';

/** Contact person fields (doctor, community worker); all blank means none. */
function ContactFields({ name, title }: { name: 'doctor' | 'communityWorker'; title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Col span={24}>
        <Typography.Text strong>{title}</Typography.Text>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'name']} label={t('elders.fields.contactName')}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'phone']} label={t('elders.fields.phone')}>
          <PhoneInputBase />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'place']} label={t('elders.fields.place')}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
    </>
  );
}

/** Health, the family doctor and the community worker. */
export function ElderHealthFields() {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name={['health', 'conditions']} label={t('elders.fields.conditions')}>
          <Select mode="tags" open={false} suffixIcon={null} placeholder={t('elders.form.tagsHint')} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={['health', 'disabilityLevel']} label={t('elders.fields.disabilityLevel')}>
          <DictSelect dict="disability_level" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={['health', 'selfCare']} label={t('elders.fields.selfCare')}>
          <DictSelect dict="self_care" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['health', 'history']} label={t('elders.fields.history')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['health', 'allergies']} label={t('elders.fields.allergies')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['health', 'medications']} label={t('elders.fields.medications')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Col>
      <ContactFields name="doctor" title={t('elders.fields.doctor')} />
      <ContactFields name="communityWorker" title={t('elders.fields.communityWorker')} />
    </Row>
  );
}
