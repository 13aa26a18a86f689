# What a learner types to solve the exercise; the content test runs it on files/ + solution/.
zip function.zip index.mjs
aws lambda create-function --function-name hello --runtime nodejs24.x --handler index.handler \
    --role arn:aws:iam::111111111111:role/lambda-basic --zip-file fileb://function.zip
aws lambda invoke --function-name hello --payload '{"name":"Ada"}' out.json
cat out.json
aws logs tail /aws/lambda/hello
