package io.github.springconfluence.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package layering, held by the build: the root package (exceptions) depends on
 * nothing of ours; the client core on the root package only; each resource package on the
 * core and the root package, never on another resource (except the edges declared in
 * {@link #RESOURCE_EDGES}), on health, metrics or the auto-configuration; the markdown
 * utility on nothing of ours, used only by the packages in {@link #MARKDOWN_USERS}; and
 * the client core exposes only the types users may compile against.
 */
class PackageLayeringTests {

	private static final String ROOT = "io.github.springconfluence";

	/**
	 * The resource packages; each new resource (page, search, attachment...) is added
	 * here.
	 */
	private static final List<String> RESOURCES = List.of("space", "page", "attachment", "search", "user");

	/**
	 * The only dependencies allowed between resource packages, each for a reason: search
	 * fetches the pages it finds through the page service (its public API).
	 */
	private static final Map<String, Set<String>> RESOURCE_EDGES = Map.of("search", Set.of("page"));

	/**
	 * The only packages that may use the markdown utility: page converts Markdown bodies
	 * ({@code PageBody.markdown}).
	 */
	private static final Set<String> MARKDOWN_USERS = Set.of("page");

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void productionClassesAreImported() {
		assertThat(CLASSES.containPackage(ROOT + ".client")).isTrue();
		assertThat(CLASSES.containPackage(ROOT + ".space")).isTrue();
	}

	@Test
	void rootPackageDependsOnNoOtherPackageOfTheStarter() {
		ArchRule rule = noClasses().that()
			.resideInAPackage(ROOT)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".client..", ROOT + ".space..", ROOT + ".page..", ROOT + ".attachment..",
					ROOT + ".search..", ROOT + ".health..", ROOT + ".metrics..", ROOT + ".autoconfigure..",
					ROOT + ".markdown..");
		rule.check(CLASSES);
	}

	@Test
	void markdownDependsOnNoOtherPackageOfTheStarter() {
		assertThat(CLASSES.containPackage(ROOT + ".markdown")).isTrue();
		noClasses().that()
			.resideInAPackage(ROOT + ".markdown..")
			.should()
			.dependOnClassesThat(DescribedPredicate.describe("classes of the starter outside markdown",
					(JavaClass type) -> type.getPackageName().startsWith(ROOT)
							&& !type.getPackageName().startsWith(ROOT + ".markdown")))
			.check(CLASSES);
	}

	@Test
	void onlyTheDeclaredPackagesUseMarkdownAndOnlyItsPublicApi() {
		List<String> others = new ArrayList<>(
				List.of(ROOT, ROOT + ".client..", ROOT + ".autoconfigure..", ROOT + ".health..", ROOT + ".metrics.."));
		RESOURCES.stream()
			.filter((resource) -> !MARKDOWN_USERS.contains(resource))
			.forEach((resource) -> others.add(ROOT + "." + resource + ".."));
		noClasses().that()
			.resideInAnyPackage(others.toArray(String[]::new))
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".markdown..")
			.check(CLASSES);
		MARKDOWN_USERS.forEach((user) -> noClasses().that()
			.resideInAPackage(ROOT + "." + user + "..")
			.should()
			.dependOnClassesThat(DescribedPredicate.describe("non-public classes of markdown",
					(JavaClass type) -> type.getPackageName().equals(ROOT + ".markdown")
							&& !type.getModifiers().contains(JavaModifier.PUBLIC)))
			.check(CLASSES));
	}

	@Test
	void markdownExposesOnlyItsDocumentedApi() {
		List<String> publicTypes = CLASSES.stream()
			.filter((type) -> type.getPackageName().equals(ROOT + ".markdown"))
			.filter((type) -> type.getModifiers().contains(JavaModifier.PUBLIC))
			.map(JavaClass::getSimpleName)
			.sorted()
			.toList();
		assertThat(publicTypes).containsExactly("MarkdownToStorage", "StorageToMarkdown", "UserDisplayNames");
	}

	@Test
	void clientCoreDependsOnTheRootPackageOnly() {
		List<String> forbidden = new ArrayList<>(
				List.of(ROOT + ".autoconfigure..", ROOT + ".health..", ROOT + ".metrics.."));
		RESOURCES.forEach((resource) -> forbidden.add(ROOT + "." + resource + ".."));
		noClasses().that()
			.resideInAPackage(ROOT + ".client..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(forbidden.toArray(String[]::new))
			.check(CLASSES);
	}

	@Test
	void resourcePackagesDependOnTheCoreAndTheRootPackageOnly() {
		for (String resource : RESOURCES) {
			List<String> forbidden = new ArrayList<>(
					List.of(ROOT + ".autoconfigure..", ROOT + ".health..", ROOT + ".metrics.."));
			RESOURCES.stream()
				.filter((other) -> !other.equals(resource))
				.filter((other) -> !RESOURCE_EDGES.getOrDefault(resource, Set.of()).contains(other))
				.forEach((other) -> forbidden.add(ROOT + "." + other + ".."));
			noClasses().that()
				.resideInAPackage(ROOT + "." + resource + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(forbidden.toArray(String[]::new))
				.check(CLASSES);
		}
	}

	@Test
	void declaredResourceEdgesUseOnlyThePublicApiOfTheirTarget() {
		RESOURCE_EDGES.forEach((resource,
				targets) -> targets.forEach((target) -> noClasses().that()
					.resideInAPackage(ROOT + "." + resource + "..")
					.should()
					.dependOnClassesThat(DescribedPredicate.describe("non-public classes of " + target,
							(JavaClass type) -> type.getPackageName().startsWith(ROOT + "." + target)
									&& (!type.getModifiers().contains(JavaModifier.PUBLIC)
											|| type.getSimpleName().startsWith("RestClient"))))
					.check(CLASSES)));
	}

	@Test
	void healthAndMetricsDoNotDependOnTheAutoConfiguration() {
		noClasses().that()
			.resideInAnyPackage(ROOT + ".health..", ROOT + ".metrics..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".autoconfigure..")
			.check(CLASSES);
	}

	@Test
	void clientCoreExposesOnlyItsDocumentedApi() {
		List<String> publicTypes = CLASSES.stream()
			.filter((type) -> type.getPackageName().equals(ROOT + ".client"))
			.filter((type) -> type.getModifiers().contains(JavaModifier.PUBLIC))
			.filter((type) -> type.getEnclosingClass()
				.map((outer) -> outer.getModifiers().contains(JavaModifier.PUBLIC))
				.orElse(true))
			.map(JavaClass::getName)
			.map((name) -> name.substring((ROOT + ".client.").length()))
			.sorted()
			.toList();
		assertThat(publicTypes).containsExactly("ConfluenceApiClient", "ConfluenceBaseUrl", "ConfluenceClientMetrics",
				"ConfluenceConnection", "ConfluenceDownload", "ConfluenceListContext", "ConfluenceMultipart",
				"ConfluenceMultipart$Builder", "ConfluenceQuery", "ConfluenceResponse",
				"ConfluenceRestClientConfigurer", "ConfluenceRestClientConfigurer$Builder", "ConfluenceRetryReason");
	}

}
