/**
 * The components a form schema may name. The renderer registers one implementation per name; the
 * server refuses a schema naming anything else. Domain widgets are CareFlow's own.
 */
export const LAYOUT_COMPONENTS = ['FormGrid', 'FormLayout', 'Card', 'FormTab', 'FormTab.TabPane', 'FormCollapse', 'FormCollapse.CollapsePanel', 'Space', 'ArrayTable', 'ArrayTable.Column', 'ArrayTable.Index', 'ArrayTable.Remove', 'ArrayTable.Addition', 'ArrayItems', 'ArrayItems.Item', 'ArrayItems.Remove', 'ArrayItems.Addition', 'Text'] as const;
export const FIELD_COMPONENTS = ['Input', 'Input.TextArea', 'NumberPicker', 'Select', 'Radio.Group', 'Checkbox', 'Checkbox.Group', 'Switch', 'DatePicker', 'DatePicker.RangePicker', 'TimePicker', 'Rate', 'Upload'] as const;
export const DOMAIN_WIDGETS = ['ElderPicker', 'AreaPicker', 'PhoneInput', 'IdCardInput', 'DictionarySelect', 'SatisfactionRate', 'FileUpload', 'KnowledgeAnswer', 'CaseOpener'] as const;
export const DECORATORS = ['FormItem', 'FormGrid.GridColumn', 'Editable'] as const;

export const COMPONENTS: ReadonlySet<string> = new Set([...LAYOUT_COMPONENTS, ...FIELD_COMPONENTS, ...DOMAIN_WIDGETS]);

/** x-validator names the server understands (besides JSON-schema keywords and patterns). */
export const VALIDATORS = ['phone', 'mobile', 'landline', 'idCard', 'email', 'url', 'integer', 'number'] as const;
