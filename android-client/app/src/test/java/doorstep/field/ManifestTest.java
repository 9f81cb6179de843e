package doorstep.field;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manifest aapt2 links into the APK: no backup of any kind, nothing another app can start but
 * the launcher entry, and no permission beyond those the app's work needs.
 */
class ManifestTest {

    private static final String ANDROID = "http://schemas.android.com/apk/res/android";
    private static final Set<String> COMPONENTS = Set.of("activity", "activity-alias", "service", "receiver", "provider");
    private static final Set<String> NEEDED_PERMISSIONS = Set.of(
            "android.permission.INTERNET", "android.permission.RECEIVE_BOOT_COMPLETED");

    private final Element manifest = read(System.getProperty("doorstep.manifest", "src/main/AndroidManifest.xml"));
    private final Element application = (Element) manifest.getElementsByTagName("application").item(0);

    @Test
    void backupAndDeviceTransferAreOff() {
        assertEquals("false", application.getAttributeNS(ANDROID, "allowBackup"));
        assertEquals("false", application.getAttributeNS(ANDROID, "fullBackupContent"));
        assertEquals("@xml/data_extraction_rules", application.getAttributeNS(ANDROID, "dataExtractionRules"));
    }

    @Test
    void dataExtractionRulesIncludeNothing() {
        Element rules = read("src/main/res/xml/data_extraction_rules.xml");

        assertEquals(0, rules.getElementsByTagName("include").getLength());
        assertEquals(1, rules.getElementsByTagName("cloud-backup").getLength());
        assertEquals(1, rules.getElementsByTagName("device-transfer").getLength());
    }

    @Test
    void cleartextIsAllowedOnlyToTheComputerADebugBuildIsTestedAgainst() {
        assertEquals("@xml/network_security_config", application.getAttributeNS(ANDROID, "networkSecurityConfig"));
        Element config = read("src/main/res/xml/network_security_config.xml");
        Element base = (Element) config.getElementsByTagName("base-config").item(0);
        assertEquals("false", base.getAttribute("cleartextTrafficPermitted"));
        List<String> cleartextHosts = new ArrayList<>();
        NodeList domains = config.getElementsByTagName("domain");
        for (int i = 0; i < domains.getLength(); i++) {
            Element domain = (Element) domains.item(i);
            assertEquals("true", ((Element) domain.getParentNode()).getAttribute("cleartextTrafficPermitted"));
            assertEquals("false", domain.getAttribute("includeSubdomains"));
            cleartextHosts.add(domain.getTextContent().trim());
        }
        assertEquals(List.of("10.0.2.2", "localhost", "127.0.0.1"), cleartextHosts);
    }

    @Test
    void onlyTheLauncherActivityIsExported() {
        List<String> exported = new ArrayList<>();
        for (Element component : components()) {
            if ("true".equals(component.getAttributeNS(ANDROID, "exported")) && !isLauncher(component)) {
                exported.add(component.getAttributeNS(ANDROID, "name"));
            }
        }
        assertEquals(List.of(), exported, "components other apps could start");
    }

    @Test
    void everyComponentWithAnIntentFilterSaysWhetherItIsExported() {
        for (Element component : components()) {
            if (component.getElementsByTagName("intent-filter").getLength() > 0) {
                assertTrue(component.hasAttributeNS(ANDROID, "exported"),
                        component.getAttributeNS(ANDROID, "name") + " must set android:exported (Android 12+)");
            }
        }
    }

    @Test
    void asksForNoPermissionBeyondNetworkAndRestartAfterReboot() {
        NodeList permissions = manifest.getElementsByTagName("uses-permission");
        for (int i = 0; i < permissions.getLength(); i++) {
            String name = ((Element) permissions.item(i)).getAttributeNS(ANDROID, "name");
            assertTrue(NEEDED_PERMISSIONS.contains(name), name + " is not a permission the app needs");
        }
    }

    private List<Element> components() {
        List<Element> found = new ArrayList<>();
        NodeList children = application.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && COMPONENTS.contains(element.getTagName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static boolean isLauncher(Element component) {
        NodeList filters = component.getElementsByTagName("intent-filter");
        for (int i = 0; i < filters.getLength(); i++) {
            Element filter = (Element) filters.item(i);
            if (names(filter, "action").contains("android.intent.action.MAIN")
                    && names(filter, "category").contains("android.intent.category.LAUNCHER")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(Element filter, String tag) {
        List<String> names = new ArrayList<>();
        NodeList nodes = filter.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            names.add(((Element) nodes.item(i)).getAttributeNS(ANDROID, "name"));
        }
        return names;
    }

    private static Element read(String path) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new File(path));
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + path, e);
        }
    }
}
