package org.onewindow.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Every deployment descriptor, Facelets page and job XML the build ships is well-formed XML. A
 * malformed one (a {@code --} inside a comment, an unclosed tag) compiles, packages and passes
 * every unit test, then fails the deployment or the page only on the server: found here instead.
 */
class WellFormedXmlTest {

  private static final Path REPOSITORY = Path.of(System.getProperty("user.dir")).getParent();

  @Test
  void everyShippedXmlFileParses() throws ParserConfigurationException {
    DocumentBuilder parser = parser();
    List<Path> files = shippedXml();
    assertTrue(files.size() > 50, "the scan found the sources: " + files.size());
    List<String> malformed = new ArrayList<>();
    for (Path file : files) {
      try {
        parser.parse(file.toFile());
      } catch (SAXParseException e) {
        malformed.add(
            REPOSITORY.relativize(file) + ":" + e.getLineNumber() + ": " + e.getMessage());
      } catch (SAXException | IOException e) {
        malformed.add(REPOSITORY.relativize(file) + ": " + e.getMessage());
      }
    }
    assertEquals(List.of(), malformed);
  }

  /** Namespace-aware, no DTD or external entity fetched (the pages declare the HTML5 doctype). */
  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) throws SAXException {
            throw e;
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXException {
            throw e;
          }
        });
    return builder;
  }

  /** The {@code .xml} and {@code .xhtml} files under every module's {@code src/main}. */
  private static List<Path> shippedXml() {
    try (Stream<Path> paths = Files.walk(REPOSITORY)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().contains("/src/main/"))
          .filter(
              p -> !p.toString().contains("/target/") && !p.toString().contains("/node_modules/"))
          .filter(p -> p.toString().endsWith(".xml") || p.toString().endsWith(".xhtml"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
