-- docker-compose: the four service databases (the role is the image's POSTGRES_USER).
CREATE DATABASE saylau_candidate;
CREATE DATABASE saylau_ballot;
CREATE DATABASE saylau_results;
CREATE DATABASE saylau_gateway;
