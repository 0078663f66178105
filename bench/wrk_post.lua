-- wrk script: a plain JSON POST (the trivial baseline endpoint).
wrk.method = "POST"
wrk.body = '{"taskId":"x","callBackUrl":"https://example.com/callback"}'
wrk.headers["Content-Type"] = "application/json"
