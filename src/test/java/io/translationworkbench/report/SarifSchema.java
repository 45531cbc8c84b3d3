package io.translationworkbench.report;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.ClasspathSchemaLoader;
import com.networknt.schema.resource.DisallowSchemaLoader;

/**
 * The official SARIF 2.1.0 JSON schema, loaded from the test classpath (never from the network).
 */
public final class SarifSchema {
  static final String SCHEMA_ID =
      "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

  private SarifSchema() {}

  /** The schema, ready to validate a SARIF log. */
  public static JsonSchema get() {
    // the schema's $id is mapped to the copy on the test classpath; any other remote load is
    // refused, so the test
    // never touches the network
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V7,
            b ->
                b.schemaMappers(
                        m -> m.mapPrefix(SCHEMA_ID, "classpath:sarif/sarif-schema-2.1.0.json"))
                    .schemaLoaders(
                        l ->
                            l.values(
                                list -> {
                                  list.add(new ClasspathSchemaLoader());
                                  list.add(DisallowSchemaLoader.getInstance());
                                })));
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return factory.getSchema(SchemaLocation.of(SCHEMA_ID), config);
  }
}
