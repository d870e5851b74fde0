package io.hypecheck.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import io.hypecheck.yaml.SafeYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltInTreesTest {

    private static byte[] yaml(String id) throws IOException {
        try (InputStream in = BuiltInTreesTest.class.getResourceAsStream("/io/hypecheck/rubrics/" + id + ".yaml")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theJarCarriesATreeOfEachBuiltInRubricEqualToParsingItsYaml() throws IOException {
        for (String id : RubricSet.BUILT_IN) {
            byte[] yaml = yaml(id);
            // when
            SafeYaml.Parsed tree = BuiltInTrees.of(id, yaml).orElseThrow();
            // then: the same nodes, marks and text as the YAML parser gives
            SafeYaml.Parsed parsed = SafeYaml.read(id, yaml);
            assertThat(tree.node()).as(id).isEqualTo(parsed.node());
            assertThat(tree.source().position(1234)).isEqualTo(parsed.source().position(1234));
        }
    }

    @Test
    void aTreeMadeFromOtherBytesIsIgnored() throws IOException {
        byte[] yaml = yaml("zk-ai");
        yaml[yaml.length - 2] ^= 1;
        assertThat(BuiltInTrees.of("zk-ai", yaml)).isEmpty();
        assertThat(BuiltInTrees.of("no-such-rubric", yaml)).isEmpty();
    }

    @Test
    void theBuildStepWritesATreeBesideEachYaml(@TempDir Path classes) throws IOException {
        Path dir = Files.createDirectories(classes.resolve("io/hypecheck/rubrics"));
        for (String id : RubricSet.BUILT_IN) {
            Files.write(dir.resolve(id + ".yaml"), yaml(id));
        }
        // when
        BuiltInTrees.main(new String[] {classes.toString()});
        // then
        for (String id : RubricSet.BUILT_IN) {
            assertThat(dir.resolve(id + ".tree")).isNotEmptyFile();
        }
    }
}
