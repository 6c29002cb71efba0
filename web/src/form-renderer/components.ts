import {
  ArrayItems, ArrayTable, Checkbox, DatePicker, Editable, FormCollapse, FormGrid, FormItem, FormLayout, FormTab,
  Input, NumberPicker, Radio, Select, Space, Switch, TimePicker, Upload,
} from '@formily/antd-v5';
import { Rate } from 'antd';
import { connect, mapProps } from '@formily/react';
import { AreaPicker } from './widgets/AreaPicker';
import { CaseOpener } from './widgets/CaseOpener';
import { Card } from './widgets/Card';
import { DictionarySelect } from './widgets/DictionarySelect';
import { ElderPicker } from './widgets/ElderPicker';
import { FileUpload } from './widgets/FileUpload';
import { IdCardInput } from './widgets/IdCardInput';
import { KnowledgeAnswer } from './widgets/KnowledgeAnswer';
import { PhoneInput } from './widgets/PhoneInput';
import { SatisfactionRate } from './widgets/SatisfactionRate';
import { Text } from './widgets/Text';

const FormilyRate = connect(Rate, mapProps({ readPretty: 'disabled' }));

/**
 * One implementation per component name the server accepts (forms/src/registry.ts). Dotted names
 * (Input.TextArea, FormTab.TabPane…) are resolved by formily through the parent's members.
 */
export const FORM_COMPONENTS = {
  FormGrid, FormLayout, Card, FormTab, FormCollapse, Space, ArrayTable, ArrayItems, Text,
  Input, NumberPicker, Select, Radio, Checkbox, Switch, DatePicker, TimePicker, Rate: FormilyRate, Upload,
  ElderPicker, AreaPicker, PhoneInput, IdCardInput, DictionarySelect, SatisfactionRate, FileUpload, KnowledgeAnswer, CaseOpener,
  FormItem, Editable,
};
