extension Column {
    /// A categorical column whose levels are mapped through `transform`; levels that map to the
    /// same text are merged. Numeric columns are returned unchanged.
    public func mappingLevels(_ transform: (String) -> String) -> Column {
        guard case .categorical(var codes, let levels) = storage else { return self }
        var newLevels: [String] = []
        var position: [String: Int32] = [:]
        let remap: [Int32] = levels.map { level in
            let mapped = transform(level)
            if let existing = position[mapped] { return existing }
            let code = Int32(newLevels.count)
            newLevels.append(mapped)
            position[mapped] = code
            return code
        }
        for i in codes.indices where codes[i] >= 0 { codes[i] = remap[Int(codes[i])] }
        return Column(name: name, storage: .categorical(codes: codes, levels: newLevels))
    }

    /// The column as categorical text: numbers become their shortest text form.
    public func asCategorical() -> Column {
        guard case .numeric(let values) = storage else { return self }
        var levels: [String] = []
        var position: [Double: Int32] = [:]
        let codes: [Int32] = values.map { v in
            if v.isNaN { return MissingReason(nanValue: v).categoricalCode }
            if let code = position[v] { return code }
            let code = Int32(levels.count)
            levels.append(v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v))
            position[v] = code
            return code
        }
        return Column(name: name, storage: .categorical(codes: codes, levels: levels))
    }
}
