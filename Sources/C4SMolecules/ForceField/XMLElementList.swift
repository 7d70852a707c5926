import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One element of an XML document: its name, attributes, the names of its ancestors and its line.
struct XMLElementRecord {
    /// Element name (e.g. `Atom`).
    let name: String
    /// Attributes by name.
    let attributes: [String: String]
    /// Names of the enclosing elements, outermost first (e.g. `["ForceField", "Residues", "Residue"]`).
    let ancestors: [String]
    /// 1-based line where the element starts.
    let line: Int

    /// The element's parent name, or "" for the root.
    var parent: String { ancestors.last ?? "" }
}

/// Reads an XML file into the flat list of its elements in document order, with Foundation's
/// `XMLParser` (libxml2 on Linux).
enum XMLElementList {
    /// The elements of the XML file at `url`.
    /// - Throws: `ForceFieldError` naming the file and line when it is not well-formed XML.
    static func read(_ url: URL) throws -> [XMLElementRecord] {
        guard let parser = XMLParser(contentsOf: url) else {
            throw ForceFieldError("\(url.path): cannot be opened")
        }
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            let reason = parser.parserError.map { String(describing: $0) } ?? "unknown error"
            throw ForceFieldError("\(url.path) line \(parser.lineNumber): not well-formed XML (\(reason))")
        }
        return collector.elements
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [XMLElementRecord] = []
        private var stack: [String] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            elements.append(XMLElementRecord(name: elementName, attributes: attributeDict, ancestors: stack, line: parser.lineNumber))
            stack.append(elementName)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }
    }
}
