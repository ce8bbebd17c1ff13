"""HTTP concerns around the Flask server: security headers, compression, request logs, errors."""
