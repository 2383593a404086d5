/// libyaml's English words for a syntax error, in Vietnamese. libyaml has a fixed set of
/// problem and context sentences (every one in its scanner, parser and reader of the Yams
/// version in use is here); one it adds later is shown as it is.
enum YAMLSyntaxWords {
    static func vietnamese(_ english: String) -> String {
        table[english] ?? english
    }

    /// libyaml's sentence as an English reader reads it: the same, but for one that names a
    /// C function (and has a stray parenthesis).
    static func english(_ sentence: String) -> String {
        sentence == nesting ? "values are nested more than 1,000 levels deep" : sentence
    }

    private static let nesting = "Maximum nesting level reached, set with yaml_set_max_nest_level())"

    private static let table: [String: String] = [
        // Problems.
        "found unexpected end of stream": "tệp kết thúc bất ngờ",
        "found unknown escape character": "mã thoát không hợp lệ",
        "did not find expected hexdecimal number": "thiếu chữ số thập lục phân",
        "found invalid Unicode character escape code": "mã thoát ký tự Unicode không hợp lệ",
        "found unexpected document indicator": "gặp dấu mở tài liệu ('---' hoặc '...') bất ngờ",
        "found a tab character that violates indentation": "ký tự tab làm sai thụt lề",
        "found a tab character where an indentation space is expected": "ký tự tab ở chỗ cần dấu cách thụt lề",
        "found character that cannot start any token": "gặp ký tự không thể mở đầu một giá trị",
        "could not find expected ':'": "thiếu dấu ':'",
        "mapping values are not allowed in this context": "không được có giá trị 'khóa: giá trị' tại đây",
        "block sequence entries are not allowed in this context": "không được có mục danh sách '-' tại đây",
        "did not find expected key": "không thấy khóa như mong đợi",
        "did not find expected '-' indicator": "không thấy dấu '-' như mong đợi",
        "did not find expected node content": "không thấy giá trị như mong đợi",
        "did not find expected ',' or ']'": "thiếu dấu ',' hoặc ']'",
        "did not find expected ',' or '}'": "thiếu dấu ',' hoặc '}'",
        "found undefined tag handle": "gặp thẻ (tag) chưa định nghĩa",
        "found duplicate %YAML directive": "chỉ thị %YAML bị lặp",
        "found incompatible YAML document": "tài liệu YAML có phiên bản không tương thích",
        "did not find expected <document start>": "không thấy dấu mở tài liệu '---'",
        "did not find expected alphabetic or numeric character": "thiếu chữ cái hoặc chữ số",
        "did not find expected whitespace or line break": "thiếu dấu cách hoặc xuống dòng",
        "did not find expected comment or line break": "thiếu chú thích hoặc xuống dòng",
        "found an indentation indicator equal to 0": "chỉ số thụt lề bằng 0",
        "found unexpected ':'": "gặp dấu ':' bất ngờ",
        "found undefined anchor": "gặp bí danh chưa định nghĩa",
        "found undefined alias": "gặp bí danh chưa định nghĩa",
        "control characters are not allowed": "không được có ký tự điều khiển",
        "invalid leading UTF-8 octet": "byte UTF-8 mở đầu không hợp lệ",
        "incomplete UTF-8 octet sequence": "chuỗi byte UTF-8 không đầy đủ",
        "invalid trailing UTF-8 octet": "byte UTF-8 tiếp theo không hợp lệ",
        "invalid length of a UTF-8 sequence": "độ dài chuỗi UTF-8 không hợp lệ",
        "invalid Unicode character": "ký tự Unicode không hợp lệ",
        "found an incorrect leading UTF-8 octet": "byte UTF-8 mở đầu không đúng",
        "found an incorrect trailing UTF-8 octet": "byte UTF-8 tiếp theo không đúng",
        "incomplete UTF-16 character": "ký tự UTF-16 không đầy đủ",
        "incomplete UTF-16 surrogate pair": "cặp ký tự UTF-16 không đầy đủ",
        "mapping keys are not allowed in this context": "không được có khóa tại đây",
        "did not find expected whitespace": "thiếu dấu cách",
        "did not find expected <stream-start>": "không thấy điểm bắt đầu của tệp",
        "could not find expected directive name": "thiếu tên chỉ thị",
        "found unknown directive name": "tên chỉ thị không xác định",
        "found unexpected non-alphabetical character": "gặp ký tự không phải chữ cái bất ngờ",
        "did not find expected digit or '.' character": "thiếu chữ số hoặc dấu '.'",
        "did not find expected version number": "thiếu số phiên bản",
        "found extremely long version number": "số phiên bản quá dài",
        "found duplicate %TAG directive": "chỉ thị %TAG bị lặp",
        "did not find expected '!'": "thiếu dấu '!'",
        "did not find expected tag URI": "thiếu URI của thẻ",
        "did not find the expected '>'": "thiếu dấu '>'",
        "did not find URI escaped octet": "thiếu byte mã hoá URI (%XX)",
        nesting: "các giá trị lồng nhau quá 1.000 cấp",
        "unexpected low surrogate area": "gặp nửa sau của cặp ký tự UTF-16 bất ngờ",
        "expected low surrogate area": "thiếu nửa sau của cặp ký tự UTF-16",
        "input error": "lỗi khi đọc dữ liệu vào",
        "input is too long": "dữ liệu vào quá dài",
        // Contexts.
        "while scanning a directive": "khi đọc một chỉ thị",
        "while scanning an anchor": "khi đọc một neo",
        "while scanning an alias": "khi đọc một bí danh",
        "while scanning a tag": "khi đọc một thẻ",
        "while parsing a tag": "khi đọc một thẻ",
        "while scanning a block scalar": "khi đọc khối văn bản bắt đầu",
        "while scanning a quoted scalar": "khi đọc văn bản trong ngoặc bắt đầu",
        "while scanning a plain scalar": "khi đọc văn bản bắt đầu",
        "while scanning a simple key": "khi đọc khóa bắt đầu",
        "while parsing a block collection": "khi đọc danh sách bắt đầu",
        "while parsing a block mapping": "khi đọc nhóm khóa bắt đầu",
        "while parsing a flow sequence": "khi đọc danh sách trong ngoặc vuông bắt đầu",
        "while parsing a flow mapping": "khi đọc nhóm khóa trong ngoặc nhọn bắt đầu",
        "while parsing a node": "khi đọc giá trị bắt đầu",
        "while parsing a block node": "khi đọc giá trị bắt đầu",
        "while parsing a flow node": "khi đọc giá trị trong ngoặc bắt đầu",
        "while parsing a quoted scalar": "khi đọc văn bản trong ngoặc bắt đầu",
        "while scanning for the next token": "khi tìm giá trị tiếp theo, bắt đầu",
        "while scanning a %YAML directive": "khi đọc chỉ thị %YAML",
        "while scanning a %TAG directive": "khi đọc chỉ thị %TAG",
        "while scanning a tag directive": "khi đọc chỉ thị %TAG",
        "while parsing a %TAG directive": "khi đọc chỉ thị %TAG",
        "while parsing a tag directive": "khi đọc chỉ thị %TAG",
        "while parsing": "khi đọc tệp",
    ]
}
