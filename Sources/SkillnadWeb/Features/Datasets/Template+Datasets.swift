/// The pages of this feature (`Templates/datasets/`).
extension Template {
    static let datasetColumns = Template("datasets/columns")
    static let datasetDelete = Template("datasets/delete")
    static let datasetEdit = Template("datasets/edit")
    static let datasetImport = Template("datasets/import")
    static let datasetKolada = Template("datasets/kolada")
    static let datasetList = Template("datasets/list")
    static let datasetPreview = Template("datasets/preview")
    static let datasetRows = Template("datasets/rows")
    static let datasetShow = Template("datasets/show")
    static let datasetUpload = Template("datasets/upload")
}
