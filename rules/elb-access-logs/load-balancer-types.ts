/** The two Config resource types of Elastic Load Balancing. */
export const CLASSIC_TYPE = 'AWS::ElasticLoadBalancing::LoadBalancer' as const;
export const V2_TYPE = 'AWS::ElasticLoadBalancingV2::LoadBalancer' as const;
export type LoadBalancerResourceType = typeof CLASSIC_TYPE | typeof V2_TYPE;

/** `configuration.type` of an ELBv2 load balancer, as ELB spells it. */
export type V2Kind = 'application' | 'network' | 'gateway';
export const V2_KINDS: readonly V2Kind[] = ['application', 'network', 'gateway'];

/** Where Config records each type's attributes (the DescribeLoadBalancerAttributes output). */
export const ATTRIBUTES_KEY = 'LoadBalancerAttributes';
