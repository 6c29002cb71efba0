import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';
import { DictSelect } from '../../components/DictSelect';
import { PhonesEditor } from './PhonesEditor';
import { IdCardInputBase } from '../../form-renderer/widgets/IdCardInput';

/** Who the elder is and where they live. Gender and birth date come from the ID card when there is one. */
export function ElderBasicFields() {
  const { t } = useTranslation();
  const half = { xs: 24, md: 12 };
  return (
    <Row gutter={16}>
      <Col {...half}>
        <Form.Item name="name" label={t('elders.fields.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 50 }]}>
          <Input />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="idCard" label={t('elders.fields.idCard')} extra={t('elders.form.idCardHint')}>
          {/* The forms package's widget: checks the digit as typed and shows the birth date and gender. */}
          <IdCardInputBase />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="gender" label={t('elders.fields.gender')}>
          <Select allowClear options={(['male', 'female'] as const).map((g) => ({ value: g, label: t(`elders.gender.${g}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="birthDate" label={t('elders.fields.birthDate')} rules={[{ pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('common.dateFormat') }]}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="areaCode" label={t('elders.fields.area')} rules={[{ required: true, message: t('common.required') }]}>
          <AreaTreeSelect placeholder={t('elders.form.areaPlaceholder')} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="address" label={t('elders.fields.address')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 255 }]}>
          <Input />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item label={t('elders.fields.phones')}>
          <PhonesEditor name="phones" max={5} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="livingSituation" label={t('elders.fields.livingSituation')}>
          <DictSelect dict="living_situation" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="subsidyCategory" label={t('elders.fields.subsidyCategory')}>
          <DictSelect dict="subsidy_category" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="interests" label={t('elders.fields.interests')}>
          <Select mode="tags" open={false} suffixIcon={null} placeholder={t('elders.form.tagsHint')} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="serviceNotes" label={t('elders.fields.serviceNotes')} extra={t('elders.form.serviceNotesHint')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="notes" label={t('elders.fields.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Col>
    </Row>
  );
}
