package org.careflow.processengine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;

/**
 * Object variables as JSON: CareFlow writes maps and lists, expressions read them as
 * {@code ${sms.phone}}. Whatever type name a caller claims, values are read back only as maps,
 * lists and JSON scalars, so no caller-chosen class is ever instantiated.
 */
public class JsonVariableSerializer extends AbstractObjectValueSerializer {
  public static final String FORMAT = "application/json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  public JsonVariableSerializer() {
    super(FORMAT);
  }

  @Override
  public String getName() {
    return "careflow-json";
  }

  @Override
  protected String getTypeNameForDeserialized(Object deserializedObject) {
    return deserializedObject instanceof List ? "java.util.ArrayList" : "java.util.LinkedHashMap";
  }

  @Override
  protected byte[] serializeToByteArray(Object deserializedObject) throws Exception {
    return MAPPER.writeValueAsBytes(deserializedObject);
  }

  @Override
  protected Object deserializeFromByteArray(byte[] object, String objectTypeName) throws Exception {
    return MAPPER.readValue(object, Object.class);
  }

  @Override
  protected boolean isSerializationTextBased() {
    return true;
  }

  @Override
  protected boolean canSerializeValue(Object value) {
    return value instanceof Map || value instanceof List;
  }
}
