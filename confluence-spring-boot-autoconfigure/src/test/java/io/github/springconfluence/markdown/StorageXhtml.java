package io.github.springconfluence.markdown;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Parses storage XHTML with the JDK's XML parser, inside a root element declaring the
 * {@code ac} and {@code ri} namespaces: throws unless the fragment is well-formed.
 */
final class StorageXhtml {

	private StorageXhtml() {
	}

	static Document parse(String storage) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		DocumentBuilder builder = factory.newDocumentBuilder();
		builder.setErrorHandler(null);
		String document = "<root xmlns:ac=\"http://atlassian.com/content\""
				+ " xmlns:ri=\"http://atlassian.com/resource/identifier\">" + storage + "</root>";
		return builder.parse(new InputSource(new StringReader(document)));
	}

}
