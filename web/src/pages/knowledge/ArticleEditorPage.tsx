import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Result, Row, Select, Space, Spin, Typography } from 'antd';
import { knowledgeCategory } from '@careflow/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { createArticle, getArticle, saveDraft, SHORT_ANSWER_MAX, type KnowledgeAnswer } from '../../api/knowledge';
import { AreaTreeSelect } from '../../components/AreaTreeSelect';
import { errorText } from '../../components/errorText';
import { useFormSave } from '../../hooks/useFormSave';
import { usePageTitle } from '../../hooks/usePageTitle';
import { bodyOf, EMPTY_ARTICLE, valuesOf, type ArticleValues } from './articleForm';
import { AttachmentsField } from './AttachmentsField';
import { CategoryInput } from './CategoryInput';
import { RichTextEditor } from './RichTextEditor';

/** 新建 / 编辑文章: saves a draft (a published article gets a new one; its published version stays live). */
export function ArticleEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<ArticleValues>();
  const { saving, error, save } = useFormSave(form);
  const [loaded, setLoaded] = useState<KnowledgeAnswer | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  usePageTitle(t(id ? 'knowledge.editor.editTitle' : 'knowledge.editor.newTitle'));

  useEffect(() => {
    if (!id) return;
    const abort = new AbortController();
    getArticle(id, abort.signal).then(
      (answer) => {
        setLoaded(answer);
        form.setFieldsValue(valuesOf(answer.latest));
      },
      (err: unknown) => !abort.signal.aborted && setLoadError(err),
    );
    return () => abort.abort();
  }, [id, form]);

  if (loadError) return <Result status="warning" title={errorText(loadError, t)} extra={<Button onClick={() => navigate('/knowledge')}>{t('common.back')}</Button>} />;
  if (id && !loaded) return <Spin />;

  const submit = (values: ArticleValues) =>
    save(async () => {
      const answer = id ? await saveDraft(id, bodyOf(values)) : await createArticle(bodyOf(values));
      const newDraft = !!loaded && answer.latest.version !== loaded.latest.version;
      void message.success(t(newDraft ? 'knowledge.editor.savedNew' : 'knowledge.editor.saved'));
      navigate(`/knowledge/articles/${answer.article.id}`);
    });
  const required = { required: true, whitespace: true, message: t('knowledge.editor.required') };
  const category = { validator: (_: unknown, v?: string) => (!v || knowledgeCategory.safeParse(v).success ? Promise.resolve() : Promise.reject(new Error(t('knowledge.editor.subPathFormat')))) };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t(id ? 'knowledge.editor.editTitle' : 'knowledge.editor.newTitle')}
      </Typography.Title>
      <Card>
        <Form<ArticleValues> form={form} name="knowledgeArticle" layout="vertical" initialValues={EMPTY_ARTICLE} onFinish={(v) => void submit(v)}>
          <Form.Item name="title" label={t('knowledge.editor.title')} rules={[required, { min: 2, max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="category" label={t('knowledge.editor.category')} rules={[{ required: true, message: t('knowledge.editor.required') }, category]}>
                <CategoryInput />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="areas" label={t('knowledge.editor.areas')}>
                <AreaTreeSelect multiple />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="keywords" label={t('knowledge.editor.keywords')} extra={t('knowledge.editor.tagsHint')}>
                <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="synonyms" label={t('knowledge.editor.synonyms')} extra={t('knowledge.editor.tagsHint')}>
                <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="docNumber" label={t('knowledge.editor.docNumber')} rules={[{ max: 100 }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="issuer" label={t('knowledge.editor.issuer')} rules={[{ max: 100 }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="effectiveFrom" label={t('knowledge.editor.effectiveFrom')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="expiresOn" label={t('knowledge.editor.expiresOn')}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="shortAnswer" label={t('knowledge.editor.shortAnswer')} rules={[required, { max: SHORT_ANSWER_MAX }]}>
            <Input.TextArea rows={3} showCount maxLength={SHORT_ANSWER_MAX} />
          </Form.Item>
          <Form.Item name="body" label={t('knowledge.editor.body')}>
            <RichTextEditor />
          </Form.Item>
          <Form.Item name="attachments" label={t('knowledge.editor.attachments')}>
            <AttachmentsField />
          </Form.Item>
          {!!error && <Alert type="error" showIcon message={errorText(error, t)} style={{ marginBottom: 16 }} />}
          <Space>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="knowledge-save">
              {t('knowledge.editor.saveDraft')}
            </Button>
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </Space>
  );
}
