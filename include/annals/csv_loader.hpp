// Bulk load from CSV (placeholder; see lib/storage/csv_loader.cpp).
#pragma once
