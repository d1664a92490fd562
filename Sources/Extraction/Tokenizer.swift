/// Splits a sentence into words, keeping "U.S.", "O'Neil", "Felbab-Brown"
/// and "AT&T" whole.
///
/// Works on the sentence's UTF-8 bytes: every sentence of every article is
/// tokenized, and most bytes are ASCII letters and spaces that need neither
/// scalar decoding nor Unicode properties.
enum Tokenizer {
    /// The words of `text`, with their roles in `roles` if given.
    static func tokens(of text: String, roles: WordRoleTable? = nil) -> [Token] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { Words(text: text, bytes: $0, roles: roles).tokens() } ?? []
    }

    private struct Words {
        let text: String
        let bytes: UnsafeBufferPointer<UInt8>
        let roles: WordRoleTable?

        func tokens() -> [Token] {
            var tokens: [Token] = []
            tokens.reserveCapacity(bytes.count / 5)  // words average six bytes with their space
            var index = 0
            while index < bytes.count {
                let (scalar, length) = self.scalar(at: index)
                guard isWord(scalar) else {
                    if !tokens.isEmpty, tokens[tokens.count - 1].punctuationAfter == nil, isMark(scalar) {
                        tokens[tokens.count - 1].punctuationAfter = scalar
                    }
                    index += length
                    continue
                }
                let start = index
                var end = index
                while end < bytes.count {
                    let (current, currentLength) = self.scalar(at: end)
                    let next = end + currentLength
                    if isWord(current) || isJoiner(current) && next < bytes.count && isWord(self.scalar(at: next).0) {
                        end = next
                    } else {
                        break
                    }
                }
                // "U.S." keeps its final period: a dotted acronym is letter.letter. pairs.
                if end < bytes.count, bytes[end] == UInt8(ascii: "."), isDottedAcronym(start..<end) {
                    end += 1
                }
                tokens.append(word(start..<end))
                tokens[tokens.count - 1].isCurrencyPrefix = isCurrencyPrefix(start..<end)
                index = end
            }
            return tokens
        }

        /// The word in `range`, with a possessive "’s" or "s’" split off into a flag.
        private func word(_ range: Range<Int>) -> Token {
            var wordEnd = range.upperBound
            var possessive = false
            let last = scalarStart(before: range.upperBound)
            let lastScalar = scalar(at: last).0
            // Only a word ending in "s" or an apostrophe can end in a possessive.
            if lastScalar == "s" || isApostrophe(lastScalar), bytes[range].count(where: { $0 & 0xC0 != 0x80 }) > 3 {
                let beforeLast = scalarStart(before: last)
                let beforeLastScalar = scalar(at: beforeLast).0
                if lastScalar == "s", isApostrophe(beforeLastScalar) {
                    wordEnd = beforeLast
                    possessive = true
                } else if isApostrophe(lastScalar), beforeLastScalar == "s" {
                    wordEnd = last
                    possessive = true
                }
            }
            if !possessive, lastScalar == "s", range.upperBound < bytes.count, isApostrophe(scalar(at: range.upperBound).0) {
                possessive = true
            }
            let offsets = range.lowerBound..<wordEnd
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[offsets]), as: UTF8.self)
            let (lowercased, hash) = lowercase(offsets, of: word) ?? (word.lowercased(), nil)
            var token = Token(text: word, lowercased: lowercased, offsets: offsets, isPossessive: possessive)
            if let roles { (token.roles, token.nameCueRoles) = roles.roles(of: token, hash: hash) }
            return token
        }

        /// The ASCII word `text` at `range` in lower case, byte by byte, with
        /// the word-role table's hash of it, made in the same pass; nil if the
        /// word is not ASCII.
        private func lowercase(_ range: Range<Int>, of text: String) -> (String, Int)? {
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            var hasCapital = false
            var hash = WordRoleTable.Hash()
            for byte in word {
                if byte >= 0x80 { return nil }
                let isCapital = byte &- 65 < 26
                hasCapital = hasCapital || isCapital
                hash.combine(isCapital ? byte + 32 : byte)
            }
            return (hasCapital ? String(asciiLowercasing: word) : text, hash.value)
        }

        /// The scalar starting at byte `offset`, and its length in bytes. The
        /// text is valid UTF-8: it is a Swift string.
        @inline(__always)
        private func scalar(at offset: Int) -> (Unicode.Scalar, Int) {
            let lead = UInt32(bytes[offset])
            if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = lead & (0xFF >> (length + 1))
            for next in 1..<length {
                value = value << 6 | UInt32(bytes[offset + next] & 0x3F)
            }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }

        private func scalarStart(before offset: Int) -> Int {
            var start = max(offset - 1, 0)
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return start
        }

        /// "NZ$310 million", "US$2 billion": capitals right before a dollar sign.
        private func isCurrencyPrefix(_ range: Range<Int>) -> Bool {
            range.upperBound < bytes.count && bytes[range.upperBound] == UInt8(ascii: "$") && range.count <= 3
                && bytes[range].allSatisfy { $0 &- 65 < 26 }
        }

        private func isDottedAcronym(_ range: Range<Int>) -> Bool {
            var parts = 1
            var partLength = 0
            var index = range.lowerBound
            while index < range.upperBound {
                let (scalar, length) = self.scalar(at: index)
                index += length
                if scalar == "." {
                    guard (1...2).contains(partLength) else { return false }
                    parts += 1
                    partLength = 0
                } else if scalar.isASCII ? (scalar.value | 0x20) &- 97 < 26 : scalar.properties.isAlphabetic {
                    partLength += 1
                } else {
                    return false
                }
            }
            return parts >= 2 && (1...2).contains(partLength)
        }
    }

    @inline(__always)
    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (97...122).contains(value) || (65...90).contains(value) || (48...57).contains(value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "-" || scalar == "&" || isApostrophe(scalar)
    }

    /// A comma, semicolon, colon, bracket, quote, hyphen or dash after a word.
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "—", "–", "-": return true
        default: return false
        }
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "’"
    }
}
