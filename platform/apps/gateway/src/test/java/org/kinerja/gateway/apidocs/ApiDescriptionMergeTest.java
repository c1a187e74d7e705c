package org.kinerja.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ApiDescriptionMergeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ApiDescriptionMerge.ServiceDescription service(String name, String document) {
        return new ApiDescriptionMerge.ServiceDescription(name, (ObjectNode) JSON.readTree(document.replace('\'', '"')));
    }

    private static final String PROBLEM = "'Problem':{'type':'object'}";

    @Test
    void schemasTwoServicesDefineDifferentlyAreRenamedAfterTheirServiceAndTheirReferencesFollow() {
        ObjectNode merged = ApiDescriptionMerge.merge(List.of(
                service("activity-reporting", "{'info':{'title':'R','version':'1.2.3'},'paths':{'/api/reporting/x':"
                        + "{'get':{'operationId':'all','responses':{'200':{'content':{'application/json':{'schema':"
                        + "{'$ref':'#/components/schemas/Location'}}}}}}}},'components':{'schemas':{'Location':"
                        + "{'type':'object','properties':{'lat':{'type':'number'}}}," + PROBLEM + "}}}"),
                service("scoring", "{'info':{'title':'S','version':'1.2.3'},'paths':{'/api/scoring/y':"
                        + "{'get':{'operationId':'all','responses':{'200':{'content':{'application/json':{'schema':"
                        + "{'$ref':'#/components/schemas/Location'}}}}}}}},'components':{'schemas':{'Location':"
                        + "{'type':'string'}," + PROBLEM + "}}}")), List.of("rewards"));

        assertThat(merged.path("components").path("schemas").propertyNames())
                .containsExactlyInAnyOrder("ActivityReportingLocation", "ScoringLocation", "Problem");
        assertThat(merged.at("/paths/~1api~1reporting~1x/get/responses/200/content/application~1json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/ActivityReportingLocation");
        assertThat(merged.at("/paths/~1api~1scoring~1y/get/responses/200/content/application~1json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/ScoringLocation");
        assertThat(merged.at("/paths/~1api~1reporting~1x/get/operationId").asString()).isEqualTo("activityReportingAll");
        assertThat(merged.at("/paths/~1api~1scoring~1y/get/operationId").asString()).isEqualTo("scoringAll");
        assertThat(merged.at("/paths/~1api~1scoring~1y/get/responses").propertyNames()).contains("429", "503");
        assertThat(merged.at("/info/version").asString()).isEqualTo("1.2.3");
        assertThat(merged.at("/info/description").asString()).contains("Not answering now", "rewards");
    }

    @Test
    void twoServicesDescribingOnePathIsAnError() {
        String document = "{'info':{'title':'R','version':'1'},'paths':{'/api/x':{'get':{}}}}";
        assertThatThrownBy(() -> ApiDescriptionMerge.merge(List.of(service("a", document), service("b", document)),
                List.of())).hasMessageContaining("/api/x");
    }
}
