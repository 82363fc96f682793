CREATE ({created: <temporal>})
